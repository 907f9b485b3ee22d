package dev.schemata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.apply.ApplyOptions;
import dev.schemata.catalog.QualifiedName;
import java.time.Duration;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The apply parameters as Maven hands them over (strings with their defaults) into ApplyOptions. */
class ApplyParametersTest {
    private static ApplyMojo withDefaults() {
        ApplyMojo mojo = new ApplyMojo();
        mojo.lockTimeout = "5s";
        mojo.statementTimeout = "0";
        mojo.indexStatementTimeout = "0";
        mojo.retries = 3;
        mojo.lockWait = "60s";
        return mojo;
    }

    @Test
    void theDefaultsAreTheEngines() throws MojoFailureException {
        assertEquals(ApplyOptions.defaults(), withDefaults().applyOptions(Map.of()));
    }

    @Test
    void durationsHistoryTableAndCiRunAreTakenOver() throws MojoFailureException {
        ApplyMojo mojo = withDefaults();
        mojo.lockTimeout = "500ms";
        mojo.statementTimeout = "2m";
        mojo.indexStatementTimeout = "PT1H";
        mojo.lockWait = "0";
        mojo.retries = 0;
        mojo.historyTable = "schemata.apply_history";
        ApplyOptions options = mojo.applyOptions(Map.of("GITHUB_SHA", "abc", "GITHUB_RUN_ID", "77"));
        assertEquals(Duration.ofMillis(500), options.lockTimeout());
        assertEquals(Duration.ofMinutes(2), options.statementTimeout());
        assertEquals(Duration.ofHours(1), options.indexStatementTimeout());
        assertEquals(Duration.ZERO, options.lockWait());
        assertEquals(0, options.retries());
        assertEquals(QualifiedName.of("schemata", "apply_history"), options.historyTable());
        assertEquals("abc", options.commit());
        assertEquals("77", options.job());
    }

    @Test
    void badValuesSayWhatToWrite() {
        ApplyMojo noUnit = withDefaults();
        noUnit.lockTimeout = "5";
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> noUnit.applyOptions(Map.of()));
        assertEquals("schema.lockTimeout = '5' has no unit: write for example 5s or 5ms (0 means no limit)", e.getMessage());
        ApplyMojo notADuration = withDefaults();
        notADuration.lockWait = "soon";
        e = assertThrows(MojoFailureException.class, () -> notADuration.applyOptions(Map.of()));
        assertTrue(e.getMessage().startsWith("schema.lockWait = 'soon' is not a duration"), e.getMessage());
        ApplyMojo unqualified = withDefaults();
        unqualified.historyTable = "history";
        e = assertThrows(MojoFailureException.class, () -> unqualified.applyOptions(Map.of()));
        assertTrue(e.getMessage().contains("schemata.apply_history"), e.getMessage());
    }

    @Test
    void ciRunsAreRecognisedByTheirVariables() {
        assertEquals(new CiRun("c1", "j1"), CiRun.from(Map.of("CI_COMMIT_SHA", "c1", "CI_JOB_ID", "j1")));
        assertEquals(new CiRun("c2", "jenkins-app-12"), CiRun.from(Map.of("GIT_COMMIT", "c2", "BUILD_TAG", "jenkins-app-12")));
        assertEquals(new CiRun(null, null), CiRun.from(Map.of("HOME", "/root")));
        assertNull(CiRun.from(Map.of()).commit());
    }
}
