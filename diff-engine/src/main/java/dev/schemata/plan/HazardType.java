package dev.schemata.plan;

/** The closed set of risks a planned statement can carry. */
public enum HazardType {
    /** Rows, columns or values are removed: a drop, or a type change that can lose data. */
    DELETES_DATA,
    /** PostgreSQL rewrites the whole table. */
    TABLE_REWRITE,
    /** The statement holds an ACCESS EXCLUSIVE lock for longer than a catalog update. */
    ACCESS_EXCLUSIVE_LOCK,
    /** An index is built, reading the whole table. */
    INDEX_BUILD,
    /** An index is dropped: queries that used it may slow down. */
    INDEX_DROPPED,
    /** Existing rows are scanned to validate a constraint. */
    VALIDATION_SCAN,
    /** The statement cannot run inside a transaction block. */
    NOT_TRANSACTIONAL,
    /** The statement changes who may do what: a grant, a revoke, a default privilege or an owner. */
    AUTHORIZATION
}
