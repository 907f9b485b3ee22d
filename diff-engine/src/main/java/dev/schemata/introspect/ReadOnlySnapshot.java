package dev.schemata.introspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * Runs work in one read-only REPEATABLE READ transaction, so that every catalog query sees the same
 * snapshot, and then puts the connection back as it was: the caller uses it again, for example to apply a plan.
 */
final class ReadOnlySnapshot {
    /** Work that reads through the connection. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private ReadOnlySnapshot() {}

    static <T> T run(Connection connection, Work<T> work) throws SQLException {
        refuseOpenTransaction(connection);
        boolean autoCommit = connection.getAutoCommit();
        boolean readOnly = connection.isReadOnly();
        int isolation = connection.getTransactionIsolation();
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement statement = connection.createStatement()) {
                statement.execute(CatalogQuery.SNAPSHOT_SETTINGS.sql());
            }
            return work.run();
        } finally {
            // Nothing was written; rolling back also ends the SET LOCAL.
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setReadOnly(readOnly);
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The isolation level cannot change inside a transaction, and ending the caller's is not ours to do. */
    private static void refuseOpenTransaction(Connection connection) throws SQLException {
        if (!connection.getAutoCommit() && connection.isWrapperFor(BaseConnection.class)
                && connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE) {
            throw new IllegalStateException("cannot read the database schema: the connection is inside a"
                    + " transaction; commit or roll it back first");
        }
    }
}
