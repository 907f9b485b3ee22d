package dev.schemata.introspect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens one more connection to the database being read, so that catalog queries can run two at a time. The
 * reader closes what it opens.
 */
@FunctionalInterface
public interface ConnectionOpener {
    Connection open() throws SQLException;
}
