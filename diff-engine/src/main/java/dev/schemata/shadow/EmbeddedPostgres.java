package dev.schemata.shadow;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server started from zonky's binaries as a child process of this JVM, listening on
 * loopback only. A temporary server starts from a copy of a cached, initialized cluster and is deleted
 * on {@link #close()}; a persistent one keeps its data in the cache under a name, for trying things out.
 * A watchdog process stops the server, and deletes a temporary one, should this JVM die without closing it.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    private static final long START_TIMEOUT_MILLIS = 60_000;
    // Containers often give /dev/shm only 64 MB: use it only when a large schema still fits.
    private static final long RAM_DISK_MINIMUM_BYTES = 2L << 30;
    /**
     * PostgreSQL's default, 64 per connection, runs out ("out of shared memory") when one transaction creates a
     * few hundred tables: an apply of 1000 new tables into an {@code embedded:} target, or schema files wrapped in
     * BEGIN and COMMIT. 1024 (40960 locks for the 40 connections) holds the benchmark's 5000 tables.
     */
    private static final int MAX_LOCKS_PER_TRANSACTION = 1024;

    private final Process process;
    private final ServerWatchdog watchdog;
    private final Path dataDirectory;
    private final boolean temporary;
    private final int port;
    private final int majorVersion;
    private final Thread shutdownHook;
    private boolean stopped;

    private EmbeddedPostgres(Process process, ServerWatchdog watchdog, Path dataDirectory, boolean temporary, int port,
            int majorVersion) {
        this.process = process;
        this.watchdog = watchdog;
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
        this.port = port;
        this.majorVersion = majorVersion;
        this.shutdownHook = new Thread(this::stop, "schemata-postgres-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts a throwaway server whose data is deleted when it is closed. */
    public static EmbeddedPostgres startTemporary(PostgresBinaries binaries) throws IOException {
        return startTemporary(binaries, Map.of());
    }

    /**
     * Starts a throwaway server with extra server settings, each passed as {@code -c name=value} after (and so
     * overriding) the defaults, for example {@code max_locks_per_transaction}.
     *
     * @throws IllegalArgumentException when a name is not a plain setting name or a value is null
     */
    public static EmbeddedPostgres startTemporary(PostgresBinaries binaries, Map<String, String> settings)
            throws IOException {
        Map<String, String> extra = checkedSettings(settings);
        ProcessUser user = ProcessUser.current();
        Path cache = cacheRoot(user);
        PostgresInstallation installation = PostgresInstallation.prepare(binaries, cache, user);
        Path runs = runsDirectory(cache);
        Path data = Files.createTempDirectory(runs, "pg-" + binaries.major() + "-");
        Files.delete(data);
        installation.newDataDirectory(data);
        return start(installation, binaries, data, true, extra);
    }

    /**
     * Starts a server whose data survives between runs, kept in the cache under {@code name}
     * (letters, digits, dot, dash and underscore).
     */
    public static EmbeddedPostgres startPersistent(PostgresBinaries binaries, String name) throws IOException {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("not a valid embedded database name: '" + name
                    + "' (use letters, digits, '.', '-' and '_')");
        }
        ProcessUser user = ProcessUser.current();
        Path cache = cacheRoot(user);
        PostgresInstallation installation = PostgresInstallation.prepare(binaries, cache, user);
        Path data = cache.resolve("databases").resolve(binaries.major() + "-" + name);
        if (!Files.isRegularFile(data.resolve("PG_VERSION"))) {
            Files.createDirectories(data.getParent());
            installation.newDataDirectory(data);
        }
        return start(installation, binaries, data, false, Map.of());
    }

    /** The settings in a stable order, once each name is known to be a plain setting name. */
    private static Map<String, String> checkedSettings(Map<String, String> settings) {
        Map<String, String> checked = new TreeMap<>();
        settings.forEach((name, value) -> {
            if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("not a PostgreSQL setting name: '" + name
                        + "' (use letters, digits and '_', as in max_locks_per_transaction)");
            }
            if (value == null) {
                throw new IllegalArgumentException("no value for the server setting " + name);
            }
            checked.put(name, value);
        });
        return checked;
    }

    /** The process id of the postmaster. */
    long pid() {
        return process.pid();
    }

    /** Where this server keeps its data. */
    Path dataDirectory() {
        return dataDirectory;
    }

    public int port() {
        return port;
    }

    public int majorVersion() {
        return majorVersion;
    }

    /** The JDBC URL of a database on this server; the user is {@code postgres}, with no password. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing left to undo
        }
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        boolean handOver = temporary && watchdog.isWatching();
        if (!handOver) {
            watchdog.dismiss(); // first: once the server is stopped, its process id may go to another process
        }
        boolean ended = stopServer();
        if (!temporary) {
            return;
        }
        if (handOver && ended && !Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            // The watchdog finds the server gone (no postmaster.pid: a reused process id is never signalled) and
            // deletes the data in its own process, so closing waits only for the server: deleting the files of a
            // 1000-table shadow took 70 to 86 ms, longer than the plan made meanwhile. Should this JVM exit first,
            // the deletion still ends.
            watchdog.finish();
        } else {
            watchdog.dismiss();
            deleteTree(dataDirectory);
        }
    }

    /** Stops the server: a smart shutdown, quick once our connections are closed. True when it ended so. */
    private boolean stopServer() {
        if (!process.isAlive()) {
            return true;
        }
        process.destroy(); // SIGTERM
        try {
            if (process.waitFor(20, TimeUnit.SECONDS)) {
                return true;
            }
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        return false;
    }

    private static EmbeddedPostgres start(
            PostgresInstallation installation, PostgresBinaries binaries, Path data, boolean temporary,
            Map<String, String> settings) throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            Path log = data.resolve("schemata-server.log");
            List<String> command = new ArrayList<>(List.of(installation.binary("postgres").toString(),
                    "-D", data.toString(), "-p", Integer.toString(port),
                    "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                    "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                    "-c", "max_connections=40", "-c", "max_locks_per_transaction=" + MAX_LOCKS_PER_TRANSACTION,
                    "-c", "shared_buffers=32MB", "-c", "max_wal_size=1GB",
                    "-c", "logging_collector=off", "-c", "log_min_messages=warning"));
            settings.forEach((name, value) -> command.addAll(List.of("-c", name + "=" + value)));
            Process process = new ProcessBuilder(installation.user().command(command))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            ServerWatchdog watchdog;
            try {
                watchdog = ServerWatchdog.watch(process.pid(), data, temporary, log);
            } catch (IOException e) {
                process.destroyForcibly();
                throw e;
            }
            try {
                waitUntilReady(process, port, log);
                return new EmbeddedPostgres(process, watchdog, data, temporary, port, binaries.major());
            } catch (IOException e) {
                watchdog.dismiss();
                process.destroyForcibly();
                last = e;
            }
        }
        if (temporary) {
            deleteTree(data);
        }
        throw last;
    }

    private static void waitUntilReady(Process process, int port, Path log) throws IOException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("connectTimeout", "2");
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("PostgreSQL exited while starting; its log:\n" + tail(log));
            }
            try (Connection ignored = DriverManager.getConnection(url, props)) {
                return;
            } catch (SQLException notYet) {
                sleep(5); // a warm server is ready some 30 ms after it starts: every plan waits for this
            }
        }
        throw new IOException("PostgreSQL did not accept connections within "
                + START_TIMEOUT_MILLIS / 1000 + " s; its log:\n" + tail(log));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for PostgreSQL", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * Where temporary servers keep their data: a RAM disk when the machine has one with room to spare
     * (a throwaway database gains nothing from a disk, and on slow virtual disks every file PostgreSQL
     * opens costs), else the cache. {@code schemata.tmp} chooses the folder explicitly.
     */
    static Path runsDirectory(Path cache) throws IOException {
        String configured = System.getProperty("schemata.tmp");
        if (configured != null && !configured.isBlank()) {
            Path runs = Files.createDirectories(Path.of(configured));
            ProcessUser.current().makeReachable(runs);
            return runs;
        }
        Path shm = Path.of("/dev/shm");
        try {
            if (Files.isDirectory(shm) && Files.isWritable(shm)
                    && Files.getFileStore(shm).getUsableSpace() >= RAM_DISK_MINIMUM_BYTES) {
                Path runs = Files.createDirectories(shm.resolve("schemata-runs-" + System.getProperty("user.name")));
                ProcessUser.current().makeReachable(runs);
                return runs;
            }
        } catch (IOException | SecurityException unusable) {
            // fall back to the cache below
        }
        return Files.createDirectories(cache.resolve("runs"));
    }

    /**
     * The cache directory: {@code schemata.cache} system property, then {@code SCHEMATA_CACHE}, then
     * {@code ~/.cache/schemata}. As root the server runs as {@code nobody}, which cannot enter
     * root's home, so the default moves to the temporary directory.
     */
    static Path cacheRoot(ProcessUser user) throws IOException {
        String configured = System.getProperty("schemata.cache", System.getenv("SCHEMATA_CACHE"));
        Path root;
        if (configured != null && !configured.isBlank()) {
            root = Path.of(configured);
        } else if (user.isRoot()) {
            root = Path.of(System.getProperty("java.io.tmpdir"), "schemata-cache-root");
        } else {
            root = Path.of(System.getProperty("user.home"), ".cache", "schemata");
        }
        Files.createDirectories(root);
        user.makeReachable(root);
        return root.toAbsolutePath();
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless; the next run uses a new one
        }
    }
}
