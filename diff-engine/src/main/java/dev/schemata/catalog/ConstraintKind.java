package dev.schemata.catalog;

public enum ConstraintKind {
    PRIMARY_KEY,
    UNIQUE,
    CHECK,
    FOREIGN_KEY,
    EXCLUSION
}
