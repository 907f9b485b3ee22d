package dev.schemata.catalog;

import java.util.Objects;

/**
 * A text search template ({@code CREATE TEXT SEARCH TEMPLATE}), made of C functions.
 *
 * @param name the schema-qualified name: its identity
 * @param definition the statement, functions schema-qualified unless in pg_catalog; runnable as it is
 * @param comment the comment, or null
 */
public record TextSearchTemplate(QualifiedName name, String definition, String comment) {
    public TextSearchTemplate {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(definition, "definition == null");
    }
}
