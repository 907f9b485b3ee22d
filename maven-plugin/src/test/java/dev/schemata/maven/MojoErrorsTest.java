package dev.schemata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.SchemataException;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** How the engine's exceptions reach Maven, without a Maven runtime. */
class MojoErrorsTest {

    /** A goal whose work is to throw. */
    private static final class Throwing extends AbstractSchemaMojo {
        private final RuntimeException failure;
        private boolean ran;

        Throwing(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        void run() {
            ran = true;
            throw failure;
        }
    }

    @Test
    void aUserFixableProblemFailsTheBuildWithItsMessageAndNoSecret() {
        Throwing mojo = new Throwing(new SchemataException("cannot log in with s3cret-pw: check the shadow server"));
        mojo.shadowPassword = "s3cret-pw";
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("cannot log in with ****: check the shadow server", e.getMessage());
    }

    @Test
    void anyOtherFailureIsAnExecutionErrorThatKeepsItsCause() {
        IllegalStateException fault = new IllegalStateException("connection lost");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> new Throwing(fault).execute());
        assertSame(fault, e.getCause());
        assertTrue(e.getMessage().contains("connection lost"), e.getMessage());
    }

    @Test
    void skipDoesNotRunTheGoal() throws Exception {
        Throwing mojo = new Throwing(new IllegalStateException("must not run"));
        mojo.skip = true;
        mojo.execute();
        assertFalse(mojo.ran);
    }

    @Test
    void planWithoutUrlExplainsHowToSetATarget() {
        PlanMojo plan = new PlanMojo() {
            @Override
            Map<String, String> environment() {
                return Map.of(); // no PGHOST either
            }
        };
        MojoFailureException e = assertThrows(MojoFailureException.class, plan::execute);
        assertEquals(AbstractTargetMojo.NO_TARGET, e.getMessage());
        assertTrue(e.getMessage().contains("-Dschema.url=jdbc:postgresql://host:5432/db"));
        assertTrue(e.getMessage().contains("embedded:<name>"));
    }

    @Test
    void exportWithoutUrlExplainsHowToSetATarget() {
        MojoFailureException e = assertThrows(MojoFailureException.class, new ExportMojo()::execute);
        assertEquals(AbstractTargetMojo.NO_TARGET, e.getMessage());
    }

    @Test
    void anUnknownHazardOrPhaseFailsWithTheValidNames() {
        ApplyMojo apply = new ApplyMojo();
        apply.online = true;
        apply.allowHazards = "INDEX_BUILD,REWRITE";
        MojoFailureException e = assertThrows(MojoFailureException.class, apply::planOptions);
        assertTrue(e.getMessage().startsWith("Unknown hazard 'REWRITE' in allowHazards; valid names: DELETES_DATA,"),
                e.getMessage());
        apply.allowHazards = null;
        apply.phase = "later";
        e = assertThrows(MojoFailureException.class, apply::planOptions);
        assertTrue(e.getMessage().startsWith("Unknown phase 'later': use one of expand, contract"), e.getMessage());
    }

    @Test
    void theTargetPasswordIsMaskedToo() {
        ApplyMojo apply = new ApplyMojo();
        apply.password = "hunter2";
        assertEquals("password ****", apply.redact("password hunter2"));
        assertEquals("Target: jdbc:postgresql://u:****@db/app?password=****",
                apply.redact("Target: jdbc:postgresql://u:pw@db/app?password=pw2"));
    }
}
