package dev.schemata.catalog;

import java.util.Objects;

/**
 * A text search parser ({@code CREATE TEXT SEARCH PARSER}), made of C functions.
 *
 * @param name the schema-qualified name: its identity
 * @param definition the statement, functions schema-qualified unless in pg_catalog; runnable as it is
 * @param comment the comment, or null
 */
public record TextSearchParser(QualifiedName name, String definition, String comment) {
    public TextSearchParser {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(definition, "definition == null");
    }
}
