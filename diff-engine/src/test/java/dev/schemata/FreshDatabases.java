package dev.schemata;

import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PostgresBinaries;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** One embedded server per test class, handing out a new empty database per call: the tests' shared fixture. */
public final class FreshDatabases implements AutoCloseable {
    private final EmbeddedPostgres server;
    private final String prefix;
    private int created;
    // databases handed out, by the connection that opened them: dropped once it is closed, so that a long run
    // (the property test makes thousands) does not fill the server's disk, which is memory under /dev/shm
    private final Map<String, Connection> handedOut = new LinkedHashMap<>();

    private FreshDatabases(EmbeddedPostgres server, String prefix) {
        this.server = server;
        this.prefix = prefix;
    }

    public static FreshDatabases start(String prefix) throws IOException {
        return new FreshDatabases(EmbeddedPostgres.startTemporary(PostgresBinaries.fromClassPath().orElseThrow()),
                prefix);
    }

    /** A connection to a new, empty database. */
    public Connection fresh() throws SQLException {
        String name = prefix + "_" + (++created);
        try (Connection admin = server.connect("postgres")) {
            dropClosed(admin);
            execute(admin, "CREATE DATABASE " + name + " STRATEGY FILE_COPY"); // faster than WAL_LOG for tiny ones
        }
        Connection connection = server.connect(name);
        handedOut.put(name, connection);
        return connection;
    }

    /** Drops the databases whose first connection is closed; one still in use by another stays for later. */
    private void dropClosed(Connection admin) throws SQLException {
        for (Iterator<Map.Entry<String, Connection>> i = handedOut.entrySet().iterator(); i.hasNext(); ) {
            Map.Entry<String, Connection> database = i.next();
            if (database.getValue().isClosed()) {
                try {
                    execute(admin, "DROP DATABASE IF EXISTS " + database.getKey());
                    i.remove();
                } catch (SQLException inUse) {
                    // another(...) still has it open: try again on a later call
                }
            }
        }
    }

    /** Another connection to the database of {@code connection}. */
    public Connection another(Connection connection) throws SQLException {
        return server.connect(connection.getCatalog());
    }

    /** The JDBC URL of the database of {@code connection} (user postgres, no password). */
    public String url(Connection connection) throws SQLException {
        return server.jdbcUrl(connection.getCatalog());
    }

    public static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
