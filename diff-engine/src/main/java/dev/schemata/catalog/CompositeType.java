package dev.schemata.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A composite type made by {@code CREATE TYPE name AS (...)} (not the row type every table has).
 *
 * @param name the schema-qualified name: its identity (shared with tables and views)
 * @param attributes the attributes in order; only name, type, collation and comment are ever set
 * @param comment the comment, or null
 */
public record CompositeType(QualifiedName name, List<Column> attributes, String comment) {
    public CompositeType {
        Objects.requireNonNull(name, "name == null");
        attributes = List.copyOf(attributes);
    }

    public Optional<Column> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }
}
