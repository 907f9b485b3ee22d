package dev.schemata.apply;

import dev.schemata.catalog.Identifiers;
import dev.schemata.catalog.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The table where each apply leaves one row: when, who, what was applied, and how it ended. */
public final class ApplyHistory {
    private static final String CREATE_TABLE = SqlResource.load("history-table.sql");
    private static final String INSERT = SqlResource.load("history-insert.sql");

    private ApplyHistory() {}

    /**
     * One apply, as recorded.
     *
     * @param failure the error message, or null for an apply that succeeded
     * @param statements the statements of the plan that was run (all of them, also on failure)
     */
    public record Entry(Instant started, Instant finished, String currentFingerprint, String desiredFingerprint,
            List<String> statements, String failure, String commit, String job) {
        public Entry {
            statements = List.copyOf(statements);
        }
    }

    /**
     * Creates the table (and its schema) when missing, then inserts the entry and commits it on its own, whatever
     * happened to the plan's transactions. The connection must be in auto-commit.
     */
    public static void record(Connection connection, QualifiedName table, Entry entry) throws SQLException {
        createIfMissing(connection, table);
        try (PreparedStatement s = connection.prepareStatement(INSERT.formatted(table.sql()))) {
            s.setTimestamp(1, Timestamp.from(entry.started()));
            s.setTimestamp(2, Timestamp.from(entry.finished()));
            s.setLong(3, Duration.between(entry.started(), entry.finished()).toMillis());
            s.setString(4, entry.failure() == null ? "success" : "failed");
            setNullable(s, 5, entry.failure());
            setNullable(s, 6, entry.commit());
            setNullable(s, 7, entry.job());
            setNullable(s, 8, entry.currentFingerprint());
            setNullable(s, 9, entry.desiredFingerprint());
            s.setInt(10, entry.statements().size());
            s.setString(11, entry.statements().isEmpty() ? "" : String.join(";\n\n", entry.statements()) + ";\n");
            s.executeUpdate();
        }
    }

    // CREATE SCHEMA IF NOT EXISTS checks the CREATE privilege before it looks: create only what is missing,
    // so that a user without it can still write to a table an administrator made
    private static void createIfMissing(Connection connection, QualifiedName table) throws SQLException {
        if (exists(connection, "SELECT to_regclass(?) IS NOT NULL", table.sql())) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            if (!exists(connection, "SELECT to_regnamespace(?) IS NOT NULL", Identifiers.quote(table.schema()))) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(table.schema()));
            }
            s.execute(CREATE_TABLE.formatted(table.sql()));
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(query)) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void setNullable(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }
}
