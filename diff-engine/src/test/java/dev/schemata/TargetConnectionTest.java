package dev.schemata;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PasswordLogins;
import dev.schemata.shadow.PostgresBinaries;
import dev.schemata.shadow.ShadowOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logins that fail say what is wrong and what to check, never the password. */
class TargetConnectionTest {
    private static EmbeddedPostgres server;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.startTemporary(PostgresBinaries.fromClassPath().orElseThrow());
        PasswordLogins.require(server, "right-pw");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theRightPasswordGetsIn() {
        TargetConnection.open(new TargetDatabase(server.jdbcUrl("postgres"), "postgres", "right-pw"),
                ShadowOptions.embedded()).close();
    }

    @Test
    void withoutAPasswordThePasswordFileIsRead(@TempDir Path dir) throws Exception {
        // PGPASSFILE as a system property, which the driver reads before the environment variable and ~/.pgpass
        Path pgpass = Files.writeString(dir.resolve("pgpass"), "127.0.0.1:" + server.port() + ":*:postgres:right-pw\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try {
            TargetConnection.open(new TargetDatabase(server.jdbcUrl("postgres"), "postgres", null),
                    ShadowOptions.embedded()).close();
        } finally {
            System.clearProperty("org.postgresql.pgpassfile");
        }
    }

    @Test
    void aWrongPasswordIsNamedAsSuchAndNotShown() {
        SchemataException e = assertThrows(SchemataException.class, () -> TargetConnection.open(
                new TargetDatabase(server.jdbcUrl("postgres"), "postgres", "wrong-pw"), ShadowOptions.embedded()));
        assertTrue(e.getMessage().contains("password authentication failed for user \"postgres\""), e.getMessage());
        assertTrue(e.getMessage().contains("Check the user and password"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-pw"), e.getMessage());
    }

    @Test
    void aPasswordInTheUrlIsMaskedInTheMessage() {
        SchemataException e = assertThrows(SchemataException.class, () -> TargetConnection.open(
                new TargetDatabase(server.jdbcUrl("postgres") + "?user=postgres&password=url-pw", null, null),
                ShadowOptions.embedded()));
        assertTrue(e.getMessage().contains("?user=postgres&password=****"), e.getMessage());
        assertFalse(e.getMessage().contains("url-pw"), e.getMessage());
    }

    @Test
    void aMissingDatabaseIsNamed() {
        SchemataException e = assertThrows(SchemataException.class, () -> TargetConnection.open(
                new TargetDatabase(server.jdbcUrl("no_such_db"), "postgres", "right-pw"), ShadowOptions.embedded()));
        assertTrue(e.getMessage().contains("database \"no_such_db\" does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains("Check the database name"), e.getMessage());
    }

    @Test
    void anUnreachableServerSaysWhereItLooked() {
        SchemataException e = assertThrows(SchemataException.class, () -> TargetConnection.open(
                new TargetDatabase("jdbc:postgresql://127.0.0.1:1/app", "postgres", "pw"), ShadowOptions.embedded()));
        assertTrue(e.getMessage().startsWith("Cannot connect to the target database jdbc:postgresql://127.0.0.1:1/app as postgres"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Check the host and port"), e.getMessage());
    }
}
