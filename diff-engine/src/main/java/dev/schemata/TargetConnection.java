package dev.schemata;

import dev.schemata.introspect.ConnectionOpener;
import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.ShadowOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** An open connection to the target database, and the embedded server behind it, if any. */
final class TargetConnection implements AutoCloseable {
    /**
     * Below this many cores, a target on this machine is read on one connection while the shadow loads: the load
     * needs a core of its own, and the target's backends and the reader take the others.
     */
    static final int CORES_FOR_TWO_CONNECTIONS_ALONGSIDE = 4;

    private final Connection connection;
    private final EmbeddedPostgres server;
    private final ConnectionOpener another;
    private final boolean onThisMachine;

    private TargetConnection(Connection connection, EmbeddedPostgres server, ConnectionOpener another,
            boolean onThisMachine) {
        this.connection = connection;
        this.server = server;
        this.another = another;
        this.onThisMachine = onThisMachine;
    }

    static TargetConnection open(TargetDatabase target, ShadowOptions shadow) {
        if (target.isEmbedded()) {
            return openEmbedded(target, shadow);
        }
        Properties props = new Properties();
        if (target.user() != null) props.setProperty("user", target.user());
        if (target.password() != null) props.setProperty("password", target.password());
        props.setProperty("ApplicationName", "schemata");
        props.setProperty("connectTimeout", "10"); // seconds: an unreachable host fails instead of hanging
        try {
            return new TargetConnection(DriverManager.getConnection(target.url(), props), null,
                    () -> DriverManager.getConnection(target.url(), props), TargetHosts.loopbackOnly(target.url()));
        } catch (SQLException e) {
            throw new SchemataException("Cannot connect to the target database " + Redaction.url(target.url())
                    + (target.user() == null ? "" : " as " + target.user()) + ": "
                    + Redaction.url(Redaction.text(e.getMessage(), target.password())) + "\n" + hint(e), null);
        }
    }

    /** What to check, by the SQLSTATE of the failed login. */
    private static String hint(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "28P01", "28000" -> "Check the user and password: schema.user/schema.password, the settings.xml server"
                    + " (schema.serverId), PGUSER/PGPASSWORD, or the password file (~/.pgpass or PGPASSFILE), in that"
                    + " order of precedence; and that pg_hba.conf lets this user in from this host.";
            case "3D000" -> "Check the database name in schema.url (or PGDATABASE), or create the database first.";
            case "08001", "08004", "08006" -> "Check the host and port in schema.url (or PGHOST/PGPORT), that the server"
                    + " is running and that this machine can reach it (firewall, VPN).";
            default -> "Check schema.url, the credentials (schema.user/schema.password, schema.serverId, PGUSER/PGPASSWORD"
                    + " or ~/.pgpass) and that the server is running.";
        };
    }

    private static TargetConnection openEmbedded(TargetDatabase target, ShadowOptions shadow) {
        String name = target.url().substring(TargetDatabase.EMBEDDED_PREFIX.length());
        int major = shadow.embeddedMajor(0);
        EmbeddedPostgres server = null;
        try {
            server = EmbeddedPostgres.startPersistent(shadow.binaries().resolve(major), name);
            EmbeddedPostgres started = server;
            return new TargetConnection(server.connect("postgres"), server, () -> started.connect("postgres"), true);
        } catch (IOException e) {
            if (server != null) server.close();
            throw new UncheckedIOException("Cannot start the embedded database '" + name + "'", e);
        } catch (SQLException e) {
            server.close();
            throw new IllegalStateException("Cannot connect to the embedded database '" + name + "'", e);
        }
    }

    Connection connection() {
        return connection;
    }

    /** Opens one more connection to the target like the first, for reading its catalog two queries at a time. */
    ConnectionOpener another() {
        return another;
    }

    /**
     * How to open a second connection for reading the target while the shadow loads; null to read on one. A target
     * on this machine (embedded, or at a loopback address) takes its CPU from the cores the shadow's load needs,
     * and on a machine with few of them a second connection slows the load, which the plan waits for, by more
     * than it saves the read, which the load hides anyway (see the README's Performance section).
     */
    ConnectionOpener anotherAlongsideShadow() {
        return readsOnOneConnectionAlongsideShadow(onThisMachine, Runtime.getRuntime().availableProcessors())
                ? null : another;
    }

    static boolean readsOnOneConnectionAlongsideShadow(boolean onThisMachine, int cores) {
        return onThisMachine && cores < CORES_FOR_TWO_CONNECTIONS_ALONGSIDE;
    }

    static int majorVersion(Connection connection) {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select current_setting('server_version_num')::int / 10000")) {
            rs.next();
            int major = rs.getInt(1);
            dev.schemata.shadow.BinariesResolver.versionFor(major);
            return major;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the target's PostgreSQL version", e);
        }
    }

    @Override
    public void close() {
        Schemata.closeQuietly(connection);
        if (server != null) {
            server.close();
        }
    }
}
