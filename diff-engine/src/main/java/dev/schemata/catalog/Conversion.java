package dev.schemata.catalog;

import java.util.Objects;

/**
 * An encoding conversion ({@code CREATE CONVERSION}).
 *
 * @param name the schema-qualified name: its identity
 * @param definition the statement, for example {@code CREATE CONVERSION app.latin1_to_utf8 FOR 'LATIN1' TO 'UTF8'
 *     FROM pg_catalog.iso8859_1_to_utf8}; runnable as it is
 * @param comment the comment, or null
 */
public record Conversion(QualifiedName name, String definition, String comment) {
    public Conversion {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(definition, "definition == null");
    }
}
