package dev.schemata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

class CredentialsTest {
    private static final Map<String, String> ENV = Map.of("PGUSER", "envUser", "PGPASSWORD", "fromEnv");

    private static Server server(String user, String password) {
        Server server = new Server();
        server.setId("db");
        server.setUsername(user);
        server.setPassword(password);
        return server;
    }

    @Test
    void explicitParametersWinOverServerAndEnvironment() {
        Credentials c = Credentials.choose("alice", "explicit", server("bob", "fromServer"), ENV);
        assertEquals(new Credentials("alice", "explicit"), c);
    }

    @Test
    void serverWinsOverEnvironment() {
        Credentials c = Credentials.choose(null, null, server("bob", "fromServer"), ENV);
        assertEquals(new Credentials("bob", "fromServer"), c);
    }

    @Test
    void theEnvironmentIsTheLastResort() {
        assertEquals(new Credentials("envUser", "fromEnv"), Credentials.choose(null, "", null, ENV));
        assertEquals(new Credentials("carol", "fromEnv"), Credentials.choose("carol", null, null, ENV));
        assertEquals(new Credentials(null, null), Credentials.choose(null, null, null, Map.of()));
    }

    @Test
    void toStringHidesThePassword() {
        String text = new Credentials("alice", "s3cret").toString();
        assertFalse(text.contains("s3cret"), text);
        assertTrue(text.contains("alice"), text);
    }

    @Test
    void noServerIdMeansNoServer() throws MojoFailureException {
        assertNull(Credentials.server(new Settings(), null, null));
    }

    @Test
    void unknownServerIdFailsWithAHint() {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> Credentials.server(new Settings(), null, "prod-db"));
        assertTrue(e.getMessage().contains("'prod-db'"), e.getMessage());
        assertTrue(e.getMessage().contains("settings.xml"), e.getMessage());
    }
}
