package dev.schemata.catalog;

import java.util.Locale;

/** The kinds of object a {@link Dependency} connects. */
public enum ObjectKind {
    /** An ordinary or partitioned table. */
    TABLE,
    VIEW,
    MATERIALIZED_VIEW,
    SEQUENCE,
    /** A function or procedure. */
    ROUTINE,
    AGGREGATE,
    ENUM,
    DOMAIN,
    COMPOSITE_TYPE,
    RANGE_TYPE,
    /** Its operand types are its arguments. */
    OPERATOR,
    /** Its access method is its argument. */
    OPERATOR_FAMILY,
    /** Its access method is its argument. */
    OPERATOR_CLASS,
    /** Named {@code (source AS target)} in the empty schema. */
    CAST,
    TEXT_SEARCH_DICTIONARY,
    TEXT_SEARCH_CONFIGURATION,
    CONVERSION,
    TEXT_SEARCH_TEMPLATE,
    TEXT_SEARCH_PARSER,
    /** An index, as what uses an operator class, operator or text search configuration. */
    INDEX;

    /** Whether objects of this kind are identified by argument types (or access method) besides their name. */
    public boolean hasArguments() {
        return this == ROUTINE || this == AGGREGATE || this == OPERATOR || this == OPERATOR_FAMILY
                || this == OPERATOR_CLASS;
    }

    /** The kind as words, for example {@code materialized view}. */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
