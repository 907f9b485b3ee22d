package dev.schemata.load;

/** What a statement of a schema file does, which decides whether the loader runs it. */
enum StatementKind {
    /** Declares or changes structure (DDL, SET, COMMENT, GRANT, DO, SELECT set_config(...)): it runs. */
    STRUCTURE,
    /** Changes rows (INSERT, UPDATE, DELETE, MERGE, COPY, TRUNCATE): refused, or skipped when asked. */
    DATA,
    /**
     * Sets the client encoding. The loader reads files as UTF-8 and the JDBC driver needs UTF-8 on the
     * wire, so it drops these instead of running them.
     */
    CLIENT_ENCODING
}
