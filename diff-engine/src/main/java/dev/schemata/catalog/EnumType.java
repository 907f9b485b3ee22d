package dev.schemata.catalog;

import java.util.List;

/** A PostgreSQL enum type with its labels in sort order. */
public record EnumType(QualifiedName name, List<String> labels, String comment) {
    public EnumType {
        labels = List.copyOf(labels);
    }
}
