package dev.schemata.introspect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A second connection that reads in the snapshot of the first, exported with {@code pg_export_snapshot} (as
 * {@code pg_dump --jobs} does): the catalog queries can then run two at a time and still see one state of the
 * database. Only a way to go faster: when the second connection cannot be had (a connection limit, a pooler,
 * a server that cannot export), the reader goes on with the first alone.
 */
final class SharedSnapshot implements AutoCloseable {
    /** Snapshot names are hexadecimal numbers joined by dashes; anything else is not put into SQL. */
    private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9A-Fa-f-]{1,64}");

    private final Connection connection;

    private SharedSnapshot(Connection connection) {
        this.connection = connection;
    }

    /**
     * Joins the snapshot of {@code first}, which must be inside its read-only REPEATABLE READ transaction.
     *
     * @throws NotExported when {@code first} could not export its snapshot, which ends its transaction
     */
    static Optional<SharedSnapshot> join(Connection first, ConnectionOpener opener) {
        if (opener == null) {
            return Optional.empty();
        }
        String snapshot;
        try {
            snapshot = exportSnapshot(first);
        } catch (SQLException e) {
            throw new NotExported(e);
        }
        Connection second = null;
        try {
            second = opener.open();
            ReadOnlySnapshot.beginImported(second, snapshot);
            return Optional.of(new SharedSnapshot(second));
        } catch (SQLException | RuntimeException e) {
            closeQuietly(second);
            return Optional.empty();
        }
    }

    /**
     * The first connection could not export its snapshot (a server that refuses, a role without EXECUTE on
     * pg_export_snapshot): its transaction is aborted, so the read starts again on that connection alone.
     */
    static final class NotExported extends RuntimeException {
        NotExported(SQLException cause) {
            super(cause);
        }
    }

    private static String exportSnapshot(Connection first) throws SQLException {
        try (Statement s = first.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_catalog.pg_export_snapshot()")) {
            rs.next();
            String id = rs.getString(1);
            if (id == null || !SNAPSHOT_ID.matcher(id).matches()) {
                throw new SQLException("unexpected snapshot name");
            }
            return id;
        }
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // closing ends the transaction as well
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing was written; the server ends the session
        }
    }
}
