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

    /** What the transaction changes on the connection, to put back afterwards. */
    private record State(boolean autoCommit, boolean readOnly, int isolation) {
        static State of(Connection connection) throws SQLException {
            return new State(connection.getAutoCommit(), connection.isReadOnly(), connection.getTransactionIsolation());
        }
    }

    private ReadOnlySnapshot() {}

    static <T> T run(Connection connection, Work<T> work) throws SQLException {
        refuseOpenTransaction(connection);
        State before = State.of(connection);
        try {
            begin(connection);
            T result = work.run();
            end(connection, before);
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                end(connection, before);
            } catch (SQLException | RuntimeException restoring) {
                e.addSuppressed(restoring);
            }
            throw e;
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

    private static void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (Statement statement = connection.createStatement()) {
            statement.execute(CatalogQuery.SNAPSHOT_SETTINGS.sql());
        }
    }

    /**
     * Begins, on a connection of the reader's own, a transaction like {@link #run}'s that sees the snapshot
     * another transaction exported ({@code snapshot}: a name checked to be safe to quote).
     */
    static void beginImported(Connection connection, String snapshot) throws SQLException {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (Statement statement = connection.createStatement()) {
            // must come first in the transaction, before any query takes a snapshot of its own
            statement.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
            statement.execute(CatalogQuery.SNAPSHOT_SETTINGS.sql());
        }
    }

    /** Nothing was written: rolling back ends the transaction and its SET LOCAL settings. */
    private static void end(Connection connection, State before) throws SQLException {
        connection.rollback();
        connection.setTransactionIsolation(before.isolation());
        connection.setReadOnly(before.readOnly());
        connection.setAutoCommit(before.autoCommit());
    }
}
