package dev.schemata.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A text search configuration ({@code CREATE TEXT SEARCH CONFIGURATION}) with its token mappings.
 *
 * @param name the schema-qualified name: its identity
 * @param parser the parser, schema-qualified, for example {@code pg_catalog."default"}
 * @param mappings the dictionaries of each mapped token type, sorted by token type name
 * @param comment the comment, or null
 */
public record TextSearchConfiguration(QualifiedName name, String parser, List<Mapping> mappings, String comment) {
    public TextSearchConfiguration {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(parser, "parser == null");
        mappings = mappings.stream().sorted(java.util.Comparator.comparing(Mapping::token)).toList();
    }

    /**
     * @param token the token type's alias, for example {@code asciiword}
     * @param dictionaries the dictionaries in the order they are consulted, schema-qualified
     */
    public record Mapping(String token, List<String> dictionaries) {
        public Mapping {
            Objects.requireNonNull(token, "token == null");
            dictionaries = List.copyOf(dictionaries);
        }
    }
}
