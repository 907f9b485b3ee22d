package dev.schemata.load;

import dev.schemata.Redaction;
import dev.schemata.SchemataException;
import dev.schemata.introspect.ConnectionOpener;
import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.ShadowOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A throwaway database holding the desired schema: on an embedded server started for it, or created on
 * a configured server. Closing it drops the database (and stops an embedded server).
 */
public final class ShadowDatabase implements AutoCloseable {
    /** The database the files run in on an embedded server, apart from {@code postgres}. */
    static final String EMBEDDED_DATABASE = "shadow";
    /**
     * An embedded shadow lives for one load and one read: no autovacuum, whose workers would take the second
     * core from the catalog read that follows a large load. (wal_level=minimal was tried and measured: the
     * load of the 100-table benchmark file took 0.8% more instructions under callgrind, not fewer.)
     */
    private static final Map<String, String> THROWAWAY_SETTINGS = Map.of("autovacuum", "off");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Connection connection;
    private final EmbeddedPostgres server;
    private final Connection maintenance;
    private final String databaseName;
    private final String url;
    private final String user;
    private final ConnectionOpener another;

    private ShadowDatabase(Connection connection, EmbeddedPostgres server, Connection maintenance,
            String databaseName, String url, String user, ConnectionOpener another) {
        this.connection = connection;
        this.server = server;
        this.maintenance = maintenance;
        this.databaseName = databaseName;
        this.url = url;
        this.user = user;
        this.another = another;
    }

    /** Opens an empty shadow database of the given PostgreSQL major version (0: the options' default). */
    public static ShadowDatabase open(ShadowOptions options, int major) {
        return options.isEmbedded() ? openEmbedded(options, major) : openOnServer(options);
    }

    private static ShadowDatabase openEmbedded(ShadowOptions options, int major) {
        int version = options.embeddedMajor(major);
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.startTemporary(options.binaries().resolve(version), THROWAWAY_SETTINGS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded shadow PostgreSQL " + version, e);
        }
        try {
            try (Connection postgres = server.connect("postgres"); Statement s = postgres.createStatement()) {
                // PostgreSQL 15 copies a template block by block into the WAL by default; the server's own checkpoint
                // and a copy of the files take half the time (8 against 17 ms) on a server that has done nothing yet
                s.execute("CREATE DATABASE " + EMBEDDED_DATABASE
                        + (server.majorVersion() >= 15 ? " STRATEGY FILE_COPY" : ""));
            }
            EmbeddedPostgres started = server;
            return new ShadowDatabase(server.connect(EMBEDDED_DATABASE), server, null, EMBEDDED_DATABASE,
                    server.jdbcUrl(EMBEDDED_DATABASE), "postgres", () -> started.connect(EMBEDDED_DATABASE));
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw new IllegalStateException("Cannot create the shadow database on the embedded PostgreSQL", e);
        }
    }

    /** A database of its own, named to be recognisable and unique, so that runs never share one. */
    private static ShadowDatabase openOnServer(ShadowOptions options) {
        String name = "schemata_shadow_" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + "_"
                + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        Connection maintenance = connect(options, options.url());
        try (Statement s = maintenance.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0");
        } catch (SQLException e) {
            closeQuietly(maintenance);
            throw new SchemataException("Cannot create the temporary shadow database on "
                    + Redaction.url(options.url()) + ": " + Redaction.text(e.getMessage(), options.password())
                    + "\nThe user Schemata connects to the shadow server as needs the CREATEDB privilege there.", null);
        }
        try {
            String url = JdbcUrls.withDatabase(options.url(), name);
            return new ShadowDatabase(connect(options, url), null, maintenance, name, url, options.user(),
                    () -> connect(options, url));
        } catch (RuntimeException e) {
            dropQuietly(maintenance, name);
            closeQuietly(maintenance);
            throw e;
        }
    }

    private static Connection connect(ShadowOptions options, String url) {
        Properties props = new Properties();
        if (options.user() != null) props.setProperty("user", options.user());
        if (options.password() != null) props.setProperty("password", options.password());
        props.setProperty("ApplicationName", "schemata-shadow");
        try {
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw new SchemataException("Cannot connect to the shadow server " + Redaction.url(url)
                    + (options.user() == null ? "" : " as " + options.user()) + ": "
                    + Redaction.text(e.getMessage(), options.password())
                    + "\nCheck schema.shadowUrl and its credentials, and that the server is running;"
                    + " or leave schema.shadowUrl unset to use an embedded PostgreSQL.", null);
        }
    }

    /** A connection to the shadow database, owned by this object. */
    public Connection connection() {
        return connection;
    }

    /** Opens one more connection to the shadow database, for reading its catalog two queries at a time. */
    public ConnectionOpener another() {
        return another;
    }

    /** The JDBC URL of the shadow database, for tools that connect on their own while it is open. */
    public String url() {
        return url;
    }

    /** The user to connect to {@link #url()} as (null if the configured shadow server needs none). */
    public String user() {
        return user;
    }

    /** The name of the shadow database. */
    String databaseName() {
        return databaseName;
    }

    /** True when the database lives on an embedded server started for it (which may create roles at will). */
    boolean isEmbedded() {
        return server != null;
    }

    @Override
    public void close() {
        closeQuietly(connection);
        if (server != null) {
            server.close();
            return;
        }
        try (Statement s = maintenance.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new SchemataException("Cannot drop the temporary shadow database " + databaseName + ": "
                    + e.getMessage() + "\nDrop it by hand: DROP DATABASE " + databaseName + ";", e);
        } finally {
            closeQuietly(maintenance);
        }
    }

    /**
     * Closes this database on a thread of its own, for a caller with other work to do meanwhile: once the catalog is
     * read, the planner needs nothing from it, and stopping an embedded server takes tens of milliseconds (its
     * watchdog deletes the files, unwaited). Closing the returned handle waits until this is closed, and throws
     * what closing threw.
     */
    public Closing closeInBackground() {
        // not a daemon: should a caller never wait, the JVM still does before it exits
        return new Closing(CompletableFuture.runAsync(this::close,
                runnable -> new Thread(runnable, "schemata-shadow-close").start()));
    }

    /** A shadow database being closed on another thread. */
    public static final class Closing implements AutoCloseable {
        private final CompletableFuture<Void> closing;

        private Closing(CompletableFuture<Void> closing) {
            this.closing = closing;
        }

        /** Waits until the shadow database is closed. */
        @Override
        public void close() {
            try {
                closing.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException runtime) throw runtime;
                if (e.getCause() instanceof Error error) throw error;
                throw e;
            }
        }
    }

    private static void dropQuietly(Connection maintenance, String name) {
        try (Statement s = maintenance.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // already failing; the caller reports the first problem
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            if (connection != null) connection.close();
        } catch (SQLException ignored) {
            // closing after the work is done: nothing to recover
        }
    }
}
