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
    RANGE_TYPE;

    /** Whether objects of this kind are identified by argument types besides their name. */
    public boolean hasArguments() {
        return this == ROUTINE || this == AGGREGATE;
    }

    /** The kind as words, for example {@code materialized view}. */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
