package dev.schemata.apply;

import dev.schemata.SchemataException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * Schemata's session-level advisory lock on the target database, so that two applies never interleave. The
 * holder writes the time it took the lock into its {@code application_name}, which every user can read, so that a
 * waiting apply can say since when and who holds it. The lock goes with the session: a terminated or lost
 * connection frees it.
 */
public final class ApplyLock implements AutoCloseable {
    /** "SCHEMATA" in ASCII, as one 64-bit key. */
    static final long KEY = 0x534348454D415441L;
    static final String HOLDER_PREFIX = "schemata apply since ";
    private static final String HOLDER = SqlResource.load("lock-holder.sql");
    private static final Duration POLL = Duration.ofMillis(500);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Connection connection;
    private final String applicationName;

    private ApplyLock(Connection connection, String applicationName) {
        this.connection = connection;
        this.applicationName = applicationName;
    }

    /**
     * Takes the lock, polling for up to {@code wait} while another session holds it.
     *
     * @throws SchemataException when the lock is still held after {@code wait}, naming the holder
     */
    public static ApplyLock acquire(Connection connection, Duration wait, Consumer<String> log) {
        try {
            Instant deadline = Instant.now().plus(wait);
            boolean told = false;
            while (!tryLock(connection)) {
                String holder = holder(connection);
                if (!Instant.now().isBefore(deadline)) {
                    throw new SchemataException("Another schema:apply is running on this database: it holds the lock "
                            + holder + ". Waited " + describe(wait) + " (schema.lockWait). Try again when it has"
                            + " finished, or wait longer with -Dschema.lockWait=5m; if no apply is running, end that"
                            + " session (SELECT pg_terminate_backend(pid)).");
                }
                if (!told) {
                    log.accept("Another schema:apply holds the lock " + holder + "; waiting up to " + describe(wait)
                            + " for it to finish");
                    told = true;
                }
                Thread.sleep(Math.min(POLL.toMillis(), Math.max(1, Duration.between(Instant.now(), deadline).toMillis())));
            }
            return new ApplyLock(connection, markHolder(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the apply lock on the target: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemataException("Interrupted while waiting for another schema:apply to finish");
        }
    }

    private static String describe(Duration wait) {
        return wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s" : wait.toMillis() + " ms";
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            s.setLong(1, KEY);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** "since 2026-11-21 09:40:00 UTC (pid 4242, user deploy)", or without the time for a session not ours. */
    static String holder(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(HOLDER)) {
            s.setLong(1, KEY >>> 32);
            s.setLong(2, KEY & 0xFFFFFFFFL);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return "(its session has just ended)";
                }
                String application = rs.getString("application_name");
                String who = "pid " + rs.getInt("pid") + ", user " + rs.getString("usename");
                return application != null && application.startsWith(HOLDER_PREFIX)
                        ? "since " + application.substring(HOLDER_PREFIX.length()) + " (" + who + ")"
                        : "(" + who + ", application '" + application + "')";
            }
        }
    }

    /** Writes the time the lock was taken into application_name; returns the name it had. */
    private static String markHolder(Connection connection) throws SQLException {
        return setApplicationName(connection, HOLDER_PREFIX + TIME.format(Clock.systemUTC().instant()));
    }

    private static String setApplicationName(Connection connection, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT current_setting('application_name'), set_config('application_name', ?, false)")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Frees the lock; on a connection that is gone there is nothing to free. */
    @Override
    public void close() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            setApplicationName(connection, applicationName);
            try (PreparedStatement s = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                s.setLong(1, KEY);
                s.executeQuery().close();
            }
        } catch (SQLException gone) {
            // the session ended, and its lock with it
        }
    }
}
