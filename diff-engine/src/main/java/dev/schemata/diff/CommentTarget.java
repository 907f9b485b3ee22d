package dev.schemata.diff;

import dev.schemata.catalog.QualifiedName;
import java.util.Objects;

/**
 * The object a comment belongs to.
 *
 * @param kind what kind of object
 * @param schema the schema (for a schema comment, the schema itself)
 * @param object the table, type or sequence name; null for a schema
 * @param member the column, constraint or index name within the table; null otherwise
 */
public record CommentTarget(Kind kind, String schema, String object, String member) {
    public enum Kind { SCHEMA, TABLE, COLUMN, CONSTRAINT, INDEX, TYPE, SEQUENCE, VIEW, MATERIALIZED_VIEW,
        /** object: the routine name; member: its identity arguments. */
        FUNCTION, PROCEDURE,
        /** object: the table; member: the trigger or policy name. */
        TRIGGER, POLICY,
        /** schema: the extension's schema; object: its name. */
        EXTENSION,
        /** object: the domain; member: null for the domain, else the constraint name. */
        DOMAIN, DOMAIN_CONSTRAINT,
        /** object: the statistics object. */
        STATISTICS,
        /** object: the aggregate name; member: its identity arguments. */
        AGGREGATE,
        /** object: the collation. */
        COLLATION,
        /** schema: empty (event triggers belong to no schema); object: the name. */
        EVENT_TRIGGER,
        /** schema: empty; object: the cast as {@code (source AS target)}. */
        CAST,
        /** object: the operator name; member: its operand types. */
        OPERATOR,
        /** object: the family or class; member: its access method. */
        OPERATOR_FAMILY, OPERATOR_CLASS,
        /** object: the text search object or conversion. */
        TEXT_SEARCH_DICTIONARY, TEXT_SEARCH_CONFIGURATION, CONVERSION, TEXT_SEARCH_TEMPLATE, TEXT_SEARCH_PARSER,
        /** schema: empty; object: the name. */
        FOREIGN_DATA_WRAPPER, SERVER,
        /** schema and object: the foreign table. */
        FOREIGN_TABLE,
        /** schema: empty; object: the publication. */
        PUBLICATION }

    public CommentTarget {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(schema, "schema == null");
    }

    /** A comment on an object that belongs to the database, not to a schema. */
    public static CommentTarget global(Kind kind, String name) {
        return new CommentTarget(kind, "", name, null);
    }

    public static CommentTarget schema(String name) {
        return new CommentTarget(Kind.SCHEMA, name, null, null);
    }

    public static CommentTarget of(Kind kind, QualifiedName object) {
        return new CommentTarget(kind, object.schema(), object.name(), null);
    }

    public static CommentTarget member(Kind kind, QualifiedName table, String member) {
        return new CommentTarget(kind, table.schema(), table.name(), member);
    }

    /** The table, type or sequence; null for a schema. */
    public QualifiedName objectName() {
        return object == null ? null : QualifiedName.of(schema, object);
    }
}
