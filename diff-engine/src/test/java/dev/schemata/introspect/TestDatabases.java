package dev.schemata.introspect;

import dev.schemata.shadow.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh databases on one embedded server, for tests that each need their own schema. */
final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabases() {}

    /** Creates an empty database and connects to it. */
    static Connection fresh(EmbeddedPostgres server) throws SQLException {
        String name = "t" + COUNTER.incrementAndGet();
        try (Connection admin = server.connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return server.connect(name);
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = TestDatabases.class.getResourceAsStream("/introspect/" + name)) {
            if (in == null) {
                throw new IOException("test resource introspect/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
