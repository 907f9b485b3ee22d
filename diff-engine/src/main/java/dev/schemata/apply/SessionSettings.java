package dev.schemata.apply;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The session settings an apply runs with, set for the whole session (so that they hold in every segment,
 * inside a transaction or not) and put back as they were when the apply ends.
 */
final class SessionSettings {
    private static final String LOCK_TIMEOUT = "lock_timeout";
    private static final String STATEMENT_TIMEOUT = "statement_timeout";
    // Routine bodies may use tables and routines that the plan creates later: PostgreSQL does not record
    // those uses, so no order can be derived from them. As pg_dump does, bodies are checked when they run.
    private static final String CHECK_FUNCTION_BODIES = "check_function_bodies";

    private final Connection connection;
    private final Map<String, String> before;
    private final ApplyOptions options;

    private SessionSettings(Connection connection, Map<String, String> before, ApplyOptions options) {
        this.connection = connection;
        this.before = before;
        this.options = options;
    }

    /** Reads the current values, then sets the apply's; the connection must be in auto-commit. */
    static SessionSettings apply(Connection connection, ApplyOptions options) throws SQLException {
        Map<String, String> before = new LinkedHashMap<>();
        for (String name : new String[] {LOCK_TIMEOUT, STATEMENT_TIMEOUT, CHECK_FUNCTION_BODIES}) {
            before.put(name, read(connection, name));
        }
        SessionSettings settings = new SessionSettings(connection, before, options);
        set(connection, LOCK_TIMEOUT, millis(options.lockTimeout()));
        set(connection, STATEMENT_TIMEOUT, millis(options.statementTimeout()));
        set(connection, CHECK_FUNCTION_BODIES, "off");
        return settings;
    }

    /** Gives the next statements the longer timeout of index builds and validations. */
    void useIndexTimeout() throws SQLException {
        set(connection, STATEMENT_TIMEOUT, millis(options.indexStatementTimeout()));
    }

    /** Back to the ordinary statement timeout. */
    void useStatementTimeout() throws SQLException {
        set(connection, STATEMENT_TIMEOUT, millis(options.statementTimeout()));
    }

    /** Lets the next statements wait for locks as long as they need. */
    void waitForLocks() throws SQLException {
        set(connection, LOCK_TIMEOUT, "0");
    }

    /** Back to the apply's lock timeout. */
    void useLockTimeout() throws SQLException {
        set(connection, LOCK_TIMEOUT, millis(options.lockTimeout()));
    }

    boolean timeoutsDiffer() {
        return !options.indexStatementTimeout().equals(options.statementTimeout());
    }

    /** Puts the values back as they were; the connection must be in auto-commit. */
    void restore() throws SQLException {
        for (Map.Entry<String, String> setting : before.entrySet()) {
            set(connection, setting.getKey(), setting.getValue());
        }
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + "ms";
    }

    private static String read(Connection connection, String name) throws SQLException {
        try (var s = connection.prepareStatement("SELECT current_setting(?)")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void set(Connection connection, String name, String value) throws SQLException {
        try (var s = connection.prepareStatement("SELECT set_config(?, ?, false)")) {
            s.setString(1, name);
            s.setString(2, value);
            s.executeQuery().close();
        }
    }
}
