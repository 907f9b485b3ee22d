package dev.schemata;

import java.util.List;

/**
 * Which schemas Schemata manages.
 *
 * @param include the schemas to manage; empty means every user schema
 * @param exclude schemas never managed, applied after {@code include}
 */
public record SchemaFilter(List<String> include, List<String> exclude) {
    public SchemaFilter {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    public static SchemaFilter allUserSchemas() {
        return new SchemaFilter(List.of(), List.of());
    }

    public boolean accepts(String schema) {
        return (include.isEmpty() || include.contains(schema)) && !exclude.contains(schema);
    }
}
