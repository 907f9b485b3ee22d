package dev.schemata.plan;

/**
 * The closed set of risks a planned statement can carry. {@code schema:apply} refuses a plan with a hazard
 * that {@link PlanOptions#allowHazards()} does not list.
 */
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
    /**
     * The statement runs on its own, outside the plan's transaction (PostgreSQL refuses it inside one, or it
     * must commit before the next one to release its locks): what ran before it stays if a later one fails.
     */
    NOT_TRANSACTIONAL,
    /** {@code ALTER EXTENSION ... UPDATE} runs the extension's own upgrade script. */
    EXTENSION_UPGRADE,
    /**
     * A routine body whose references PostgreSQL does not record (a function or procedure in plpgsql, or in
     * SQL with a string body): the objects it uses can be dropped or changed under it, and it fails only when
     * called.
     */
    UNTRACKABLE_DEPENDENCY,
    /** The statement changes who may do what: a grant, a revoke, a default privilege or an owner. */
    AUTHORIZATION
}
