package dev.schemata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.catalog.Catalog;
import dev.schemata.load.SchemaSource;
import dev.schemata.plan.PlanOptions;
import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PostgresBinaries;
import dev.schemata.shadow.ShadowOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests that share a {@link DeclaredSchemaMemo} (the goals of one Maven build) load the same schema files once,
 * and load them again as soon as a file changes.
 */
class SchemataReuseTest {
    private static final String REUSED = "reusing the declared schema loaded earlier in this build";

    @Test
    void anApplyAfterAPlanOfTheSameFilesReusesItsDeclaredSchema(@TempDir Path dir) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.sql"), "create table item (id int primary key);\n"
                + "insert into item values (1);\n");
        DeclaredSchemaMemo memo = DeclaredSchemaMemo.lastLoaded();
        try (EmbeddedPostgres target = EmbeddedPostgres.startTemporary(PostgresBinaries.fromClassPath().orElseThrow())) {
            List<String> planLog = new ArrayList<>();
            PlanResult plan = Schemata.plan(request(target, schema, planLog::add, memo));
            assertEquals(0, count(planLog, REUSED), planLog.toString());

            List<String> applyLog = new ArrayList<>();
            ApplyResult applied = Schemata.apply(request(target, schema, applyLog::add, memo));
            assertEquals(1, count(applyLog, REUSED), applyLog.toString());
            assertEquals(0, count(applyLog, "loading the declared schema"), applyLog.toString());
            // the load's warning is said again: the build's log shows it for every goal
            assertEquals(1, count(applyLog, "skipped data statement"), applyLog.toString());
            assertTrue(applyLog.stream().anyMatch(line -> line.startsWith(
                    "Timings: declared schema reused from earlier in this build, target read ")), applyLog.toString());
            assertEquals(1, applied.executed());
            assertSame(plan.desired(), applied.planned().desired());

            // a plan reads the target while it would load the files: with them reused, the read is all there is
            List<String> againLog = new ArrayList<>();
            PlanResult again = Schemata.plan(request(target, schema, againLog::add, memo));
            assertSame(plan.desired(), again.desired());
            assertTrue(again.plan().isEmpty(), again.plan().toSql());
            assertTrue(againLog.stream().anyMatch(line -> line.matches("Timings: declared schema reused from earlier"
                    + " in this build, target read \\d+ ms, diff and plan \\d+ ms")), againLog.toString());

            // one column more: the files are loaded again, and what they now declare is planned
            Files.writeString(schema, "create table item (id int primary key, name text);\n");
            List<String> changedLog = new ArrayList<>();
            PlanResult changed = Schemata.plan(request(target, schema, changedLog::add, memo));
            assertEquals(0, count(changedLog, REUSED), changedLog.toString());
            assertNotSame(plan.desired(), changed.desired());
            assertEquals(1, changed.plan().executable().size(), changed.plan().executable().toString());
            assertTrue(changed.plan().executable().get(0).sql().contains("ADD COLUMN name text"),
                    changed.plan().executable().toString());
        }
    }

    @Test
    void generationAfterAPlanAgainstATargetOfTheSameVersionReusesItsLoad(@TempDir Path dir) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.sql"), "create table item (id int primary key);\n");
        DeclaredSchemaMemo memo = DeclaredSchemaMemo.lastLoaded();
        try (EmbeddedPostgres target = EmbeddedPostgres.startTemporary(PostgresBinaries.fromClassPath().orElseThrow())) {
            PlanResult plan = Schemata.plan(request(target, schema, line -> { }, memo));
            List<String> log = new ArrayList<>();
            Catalog generated = Schemata.loadDesired(source(schema),
                    shadowOfVersion(plan.postgresMajor()), 0, SchemaFilter.allUserSchemas(), log::add, memo);
            assertSame(plan.desired(), generated);
            assertEquals(List.of("Reusing the declared schema loaded earlier in this build: the schema files, the"
                    + " schema filter and the shadow are unchanged"), log);

            // with another filter the catalog read differs: loaded again
            log.clear();
            Catalog filtered = Schemata.loadDesired(source(schema),
                    shadowOfVersion(plan.postgresMajor()), 0, new SchemaFilter(List.of("public"), List.of()), log::add,
                    memo);
            assertNotSame(plan.desired(), filtered);
            assertEquals(0, count(log, "Reusing"), log.toString());
        }
    }

    /** Data statements skipped, with a warning. */
    private static SchemaSource source(Path schema) {
        return new SchemaSource(List.of(schema), true);
    }

    @Test
    void aPlanAfterJooqsGenerationReusesTheLoadItsShadowHeld(@TempDir Path dir) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.sql"), "create table item (id int primary key);\n");
        DeclaredSchemaMemo memo = DeclaredSchemaMemo.lastLoaded();
        try (EmbeddedPostgres target = EmbeddedPostgres.startTemporary(PostgresBinaries.fromClassPath().orElseThrow())) {
            // jOOQ reads the shadow itself: generation always loads one, and leaves its catalog in the memo
            Catalog generated = Schemata.withDesired(source(schema), shadowOfVersion(target.majorVersion()), 0,
                    SchemaFilter.allUserSchemas(), line -> { }, memo, (catalog, shadow) -> catalog);
            List<String> log = new ArrayList<>();
            PlanResult plan = Schemata.plan(request(target, schema, log::add, memo));
            assertSame(generated, plan.desired());
            assertEquals(1, count(log, REUSED), log.toString());
        }
    }

    private static long count(List<String> log, String text) {
        return log.stream().filter(line -> line.contains(text)).count();
    }

    private static ShadowOptions shadowOfVersion(int major) {
        ShadowOptions embedded = ShadowOptions.embedded();
        return new ShadowOptions(null, null, null, embedded.binaries(), major);
    }

    private static SchemataRequest request(EmbeddedPostgres target, Path schema, Consumer<String> log,
            DeclaredSchemaMemo memo) {
        return new SchemataRequest(new TargetDatabase(target.jdbcUrl("postgres"), "postgres", null),
                source(schema), ShadowOptions.embedded(), SchemaFilter.allUserSchemas(),
                PlanOptions.defaults(), log).withMemo(memo);
    }
}
