package dev.schemata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class JooqLogBridgeTest {

    /** Keeps what reaches Maven's log, level first. */
    private static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add("INFO " + content);
        }

        @Override
        public void warn(CharSequence content, Throwable error) {
            lines.add("WARN " + content);
        }

        @Override
        public void error(CharSequence content, Throwable error) {
            lines.add("ERROR " + content);
        }

        @Override
        public void debug(CharSequence content, Throwable error) {
            lines.add("DEBUG " + content);
        }
    }

    @Test
    void jooqsRecordsGoToMavensLogAndItsErrorsAreKept() {
        RecordingLog log = new RecordingLog();
        Logger jooq = Logger.getLogger("org.jooq.codegen.JavaGenerator");
        try (JooqLogBridge bridge = JooqLogBridge.install(log)) {
            jooq.info("Generating table  public.item");
            jooq.warning("Unused ForcedType");
            jooq.severe("Error while generating table public.item");
            jooq.fine("details nobody asked for");
            Logger.getLogger("com.example.Other").severe("not jOOQ's");

            assertEquals(List.of("INFO jOOQ: Generating table  public.item", "WARN jOOQ: Unused ForcedType",
                    "ERROR jOOQ: Error while generating table public.item"), log.lines);
            assertEquals(List.of("jOOQ: Error while generating table public.item"), bridge.errors());
        }
        jooq.severe("after the run");
        assertFalse(log.lines.stream().anyMatch(l -> l.contains("after the run")), "the bridge is removed");
        assertTrue(Logger.getLogger("org.jooq").getUseParentHandlers(), "jOOQ's logger is restored");
    }
}
