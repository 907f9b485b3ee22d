package dev.schemata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.catalog.QualifiedName;
import dev.schemata.load.SchemaSource;
import dev.schemata.plan.PlanOptions;
import dev.schemata.planfile.PlanFiles;
import dev.schemata.planfile.ReviewPlan;
import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PostgresBinaries;
import dev.schemata.shadow.ShadowOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviewed plans: plan.json is written deterministically and applied only to the target it was made against. */
class SavedPlanApplyTest {
    private static final String BEFORE = "create table a (id int primary key);\n"
            + "create table gone (id int);\n";
    private static final String DECLARED = "create table a (id int primary key, name text not null default '');\n"
            + "create table b (id int primary key, a_id int references a);\n"
            + "create index b_a on b (a_id);\n";

    private static EmbeddedPostgres server;
    private static int databases;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.startTemporary(PostgresBinaries.fromClassPath().orElseThrow());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theSavedPlanRunsAsWrittenAndLeavesTheTargetAsDeclared() throws Exception {
        SchemataRequest request = request(database(BEFORE), DECLARED, PlanOptions.defaults());
        ReviewPlan review = Schemata.planForReview(request);
        List<Path> files = PlanFiles.write(dir.resolve("plan"), review);
        assertEquals(List.of("plan.sql", "plan.json", "rollback.sql"),
                files.stream().map(f -> f.getFileName().toString()).toList());
        String rollback = Files.readString(dir.resolve("plan/rollback.sql"));
        assertTrue(rollback.contains("DROP TABLE public.b"), rollback);
        assertTrue(rollback.contains("withholds 1 statement"), rollback);

        ApplyResult applied = Schemata.applyPlanFile(request, dir.resolve("plan/plan.json"));

        assertEquals(review.result().plan().executable().size(), applied.executed());
        assertTrue(Schemata.plan(request).plan().isEmpty());
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        SchemataRequest request = request(database(BEFORE), DECLARED, PlanOptions.defaults());
        PlanFiles.write(dir.resolve("one"), Schemata.planForReview(request));
        PlanFiles.write(dir.resolve("two"), Schemata.planForReview(request));
        for (String name : List.of(PlanFiles.PLAN_SQL, PlanFiles.PLAN_JSON, PlanFiles.ROLLBACK_SQL)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(name)),
                    Files.readAllBytes(dir.resolve("two").resolve(name)), name);
        }
        String json = Files.readString(dir.resolve("one/plan.json"));
        assertTrue(json.contains("\"allowDrop\" : false"), json);
        assertTrue(json.contains("\"table public.a\""), json);
    }

    @Test
    void aTargetChangedSincePlanningIsRefusedWithWhatChanged() throws Exception {
        String database = database(BEFORE);
        SchemataRequest request = request(database, DECLARED, PlanOptions.defaults());
        PlanFiles.write(dir, Schemata.planForReview(request));
        execute(database, "alter table a add column note text; create table extra (id int)");

        SchemataException refused = assertThrows(SchemataException.class,
                () -> Schemata.applyPlanFile(request, dir.resolve("plan.json")));

        assertTrue(refused.getMessage().contains("changed since the plan"), refused.getMessage());
        assertTrue(refused.getMessage().contains("changed: table public.a"), refused.getMessage());
        assertTrue(refused.getMessage().contains("added:   table public.extra"), refused.getMessage());
        assertFalse(hasTable(request, "b"), "nothing may run after a refusal");
    }

    @Test
    void changedSchemaFilesOrOptionsAreRefused() throws Exception {
        String database = database(BEFORE);
        SchemataRequest request = request(database, DECLARED, PlanOptions.defaults());
        PlanFiles.write(dir, Schemata.planForReview(request));
        Path plan = dir.resolve("plan.json");

        SchemataException drops = assertThrows(SchemataException.class,
                () -> Schemata.applyPlanFile(request(database, DECLARED, PlanOptions.allowingDrops()), plan));
        assertTrue(drops.getMessage().contains("allowDrop: the plan was made with false, this apply has true"),
                drops.getMessage());
        SchemataException files = assertThrows(SchemataException.class,
                () -> Schemata.applyPlanFile(request(database, DECLARED + "create table c (id int);\n",
                        PlanOptions.defaults()), plan));
        assertTrue(files.getMessage().contains("schema files changed"), files.getMessage());
        assertFalse(hasTable(request, "b"));
    }

    @Test
    void aPlanForAnotherDatabaseIsRefused() throws Exception {
        SchemataRequest made = request(database(BEFORE), DECLARED, PlanOptions.defaults());
        PlanFiles.write(dir, Schemata.planForReview(made));
        SchemataRequest other = request(database(BEFORE), DECLARED, PlanOptions.defaults());

        SchemataException refused = assertThrows(SchemataException.class,
                () -> Schemata.applyPlanFile(other, dir.resolve("plan.json")));

        assertTrue(refused.getMessage().contains("was made against the database"), refused.getMessage());
        assertFalse(hasTable(other, "b"));
    }

    private SchemataRequest request(String database, String declared, PlanOptions options) throws Exception {
        Path schema = dir.resolve("schema-" + Integer.toHexString(declared.hashCode()) + ".sql");
        Files.writeString(schema, declared);
        return new SchemataRequest(new TargetDatabase(server.jdbcUrl(database), "postgres", null),
                new SchemaSource(List.of(schema), false), ShadowOptions.embedded(), SchemaFilter.allUserSchemas(),
                options, line -> { });
    }

    private static String database(String sql) throws Exception {
        String name = "saved_" + (++databases);
        try (Connection admin = server.connect("postgres")) {
            FreshDatabases.execute(admin, "create database " + name);
        }
        execute(name, sql);
        return name;
    }

    private static void execute(String database, String sql) throws Exception {
        try (Connection c = server.connect(database)) {
            FreshDatabases.execute(c, sql);
        }
    }

    private static boolean hasTable(SchemataRequest request, String name) throws Exception {
        String url = request.target().url();
        try (Connection c = server.connect(url.substring(url.lastIndexOf('/') + 1))) {
            return Schemata.readLive(c, SchemaFilter.allUserSchemas()).table(QualifiedName.of("public", name))
                    .isPresent();
        }
    }
}
