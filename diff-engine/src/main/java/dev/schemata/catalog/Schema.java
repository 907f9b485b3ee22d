package dev.schemata.catalog;

import java.util.Objects;

/** A schema (namespace) in scope, with its comment. */
public record Schema(String name, String comment) {
    public Schema {
        Objects.requireNonNull(name, "name == null");
    }
}
