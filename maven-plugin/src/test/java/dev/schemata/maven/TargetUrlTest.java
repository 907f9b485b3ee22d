package dev.schemata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class TargetUrlTest {
    @Test
    void anExplicitUrlWinsOverTheEnvironment() throws MojoFailureException {
        Map<String, String> env = Map.of("PGHOST", "envhost", "PGDATABASE", "envdb");
        assertEquals("jdbc:postgresql://db:5432/app", TargetUrl.choose("jdbc:postgresql://db:5432/app", env, null));
        assertTrue(TargetUrl.overridden("jdbc:postgresql://db:5432/app", env));
        assertFalse(TargetUrl.overridden("jdbc:postgresql://db:5432/app", Map.of()));
    }

    @Test
    void libpqVariablesMakeTheUrlWithLibpqDefaults() throws MojoFailureException {
        assertEquals("jdbc:postgresql://db.internal:6432/app",
                TargetUrl.choose(null, Map.of("PGHOST", "db.internal", "PGPORT", "6432", "PGDATABASE", "app"), null));
        assertEquals("jdbc:postgresql://localhost:5432/deploy", TargetUrl.choose(null, Map.of("PGPORT", "5432"), "deploy"),
                "the database defaults to the user's name, the host to localhost");
        assertEquals("jdbc:postgresql://a:5432,b:5433/app",
                TargetUrl.choose(null, Map.of("PGHOST", "a,b", "PGPORT", "5432,5433", "PGDATABASE", "app"), null));
        assertEquals("jdbc:postgresql://[::1]:5432/app", TargetUrl.choose(null, Map.of("PGHOST", "::1", "PGDATABASE", "app"), null));
    }

    @Test
    void nothingSetMeansNoTarget() throws MojoFailureException {
        assertNull(TargetUrl.choose(null, Map.of("PGPASSWORD", "x"), "u"));
        assertNull(TargetUrl.choose("  ", Map.of(), null));
    }

    @Test
    void whatTheDriverCannotUseIsRefusedWithAHint() {
        MojoFailureException socket = assertThrows(MojoFailureException.class,
                () -> TargetUrl.choose(null, Map.of("PGHOST", "/var/run/postgresql", "PGDATABASE", "app"), null));
        assertTrue(socket.getMessage().contains("Unix socket directory"), socket.getMessage());
        MojoFailureException noDatabase = assertThrows(MojoFailureException.class,
                () -> TargetUrl.choose(null, Map.of("PGHOST", "db"), null));
        assertTrue(noDatabase.getMessage().contains("set PGDATABASE"), noDatabase.getMessage());
        MojoFailureException ports = assertThrows(MojoFailureException.class,
                () -> TargetUrl.choose(null, Map.of("PGHOST", "a,b,c", "PGPORT", "1,2", "PGDATABASE", "x"), null));
        assertTrue(ports.getMessage().contains("3 hosts but PGPORT 2 ports"), ports.getMessage());
    }
}
