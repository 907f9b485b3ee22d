package dev.schemata.catalog;

import java.util.Objects;

/**
 * A table column as PostgreSQL reports it.
 *
 * @param name the column name
 * @param type the type exactly as {@code format_type} prints it, for example {@code character varying(20)}
 * @param notNull whether the column has a NOT NULL constraint
 * @param defaultExpression the default as {@code pg_get_expr} prints it, or null
 * @param identity how an identity column generates values, or null for a plain column
 * @param generatedExpression the expression of a stored generated column, or null
 * @param collation the collation when it differs from the type's default, or null
 * @param comment the column comment, or null
 * @param storage how values are stored ({@code ALTER COLUMN ... SET STORAGE}) when that differs from the type's
 *     default, or null
 * @param compression the compression method of new values ({@code pglz}, {@code lz4}) when one is set, or null
 *     for the server's {@code default_toast_compression}
 */
public record Column(
        String name,
        String type,
        boolean notNull,
        String defaultExpression,
        Identity identity,
        String generatedExpression,
        String collation,
        String comment,
        ColumnStorage storage,
        String compression) {

    public Column {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(type, "type == null");
    }

    /** A column with the type's storage and the default compression. */
    public Column(String name, String type, boolean notNull, String defaultExpression, Identity identity,
            String generatedExpression, String collation, String comment) {
        this(name, type, notNull, defaultExpression, identity, generatedExpression, collation, comment, null, null);
    }

    public static Column of(String name, String type) {
        return new Column(name, type, false, null, null, null, null, null);
    }

    public Column withNotNull(boolean value) {
        return new Column(name, type, value, defaultExpression, identity, generatedExpression, collation, comment,
                storage, compression);
    }

    public Column withDefault(String value) {
        return new Column(name, type, notNull, value, identity, generatedExpression, collation, comment, storage,
                compression);
    }

    public Column withIdentity(Identity value) {
        return new Column(name, type, notNull, defaultExpression, value, generatedExpression, collation, comment,
                storage, compression);
    }

    public Column withComment(String value) {
        return new Column(name, type, notNull, defaultExpression, identity, generatedExpression, collation, value,
                storage, compression);
    }

    /** Whether PostgreSQL fills the column when an insert leaves it out. */
    public boolean hasGeneratedValue() {
        return defaultExpression != null || identity != null || generatedExpression != null;
    }
}
