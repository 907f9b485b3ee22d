package dev.schemata;

import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PostgresBinaries;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** One embedded server per test class, handing out a new empty database per call: the tests' shared fixture. */
public final class FreshDatabases implements AutoCloseable {
    private final EmbeddedPostgres server;
    private final String prefix;
    private int created;

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
            execute(admin, "CREATE DATABASE " + name + " STRATEGY FILE_COPY"); // faster than WAL_LOG for tiny ones
        }
        return server.connect(name);
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
