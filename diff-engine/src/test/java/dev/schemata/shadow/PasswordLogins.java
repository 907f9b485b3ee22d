package dev.schemata.shadow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Makes an embedded test server ask for passwords over TCP, as a real one does (initdb set up trust). */
public final class PasswordLogins {
    private PasswordLogins() {}

    /** Gives postgres the password {@code superuserPassword} and requires SCRAM passwords on TCP connections. */
    public static void require(EmbeddedPostgres server, String superuserPassword) throws IOException, SQLException {
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("ALTER USER postgres PASSWORD '" + superuserPassword + "'");
            Path hba = server.dataDirectory().resolve("pg_hba.conf");
            // rewrite in place: the file keeps its owner, the user the server runs as
            Files.writeString(hba, "local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n"
                    + "host all all ::1/128 scram-sha-256\n");
            s.execute("SELECT pg_reload_conf()");
        }
    }
}
