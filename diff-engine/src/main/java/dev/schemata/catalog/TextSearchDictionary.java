package dev.schemata.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A text search dictionary ({@code CREATE TEXT SEARCH DICTIONARY}).
 *
 * @param name the schema-qualified name: its identity
 * @param template the template, schema-qualified, for example {@code pg_catalog.simple}
 * @param options the options as {@code name = value}, value quoted unless a number, sorted by name: PostgreSQL
 *     keeps them in no meaningful order
 * @param comment the comment, or null
 */
public record TextSearchDictionary(QualifiedName name, String template, List<String> options, String comment) {
    public TextSearchDictionary {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(template, "template == null");
        options = options.stream().sorted().toList();
    }
}
