package dev.schemata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.load.SchemaSource;
import dev.schemata.plan.PlanOptions;
import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PostgresBinaries;
import dev.schemata.shadow.ShadowOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan and an apply each log one line saying how long their steps took, in the order they ended. */
class SchemataTimingsTest {
    private static final String MS = " \\d+ ms";

    @Test
    void aPlanLogsTheTimeOfEachStepTheTargetReadAlongsideTheShadow(@TempDir Path dir) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.sql"), "create table item (id int primary key);\n");
        try (EmbeddedPostgres target = EmbeddedPostgres.startTemporary(PostgresBinaries.fromClassPath().orElseThrow())) {
            List<String> log = new ArrayList<>();
            Schemata.plan(request(target, schema, log));
            assertEquals(1, timings(log).size(), log.toString());
            assertTrue(Pattern.matches("Timings: shadow ready" + MS + ", schema files run in the shadow" + MS
                    + ", shadow read" + MS + ", target read \\(alongside the shadow\\)" + MS + ", diff and plan" + MS,
                    timings(log).get(0)), timings(log).get(0));

            log.clear();
            Schemata.apply(request(target, schema, log));
            // under the apply's lock, the target is read once the shadow is loaded
            assertEquals(1, timings(log).size(), log.toString());
            assertTrue(Pattern.matches("Timings: shadow ready" + MS + ", schema files run in the shadow" + MS
                    + ", shadow read" + MS + ", target read" + MS + ", diff and plan" + MS, timings(log).get(0)),
                    timings(log).get(0));
        }
    }

    private static List<String> timings(List<String> log) {
        return log.stream().filter(line -> line.startsWith("Timings:")).toList();
    }

    private static SchemataRequest request(EmbeddedPostgres target, Path schema, List<String> log) {
        return new SchemataRequest(new TargetDatabase(target.jdbcUrl("postgres"), "postgres", null),
                new SchemaSource(List.of(schema), false), ShadowOptions.embedded(), SchemaFilter.allUserSchemas(),
                PlanOptions.defaults(), log::add);
    }
}
