package dev.schemata.apply;

import dev.schemata.FreshDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.SchemaFilter;
import dev.schemata.catalog.Catalog;
import dev.schemata.diff.RenameHint;
import dev.schemata.introspect.CatalogReader;
import dev.schemata.load.SchemaLoader;
import dev.schemata.load.SchemaSource;
import dev.schemata.plan.Plan;
import dev.schemata.plan.PlanOptions;
import dev.schemata.plan.Planner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per folder of {@code src/test/resources/fixtures}: {@code from.sql} and {@code to.sql} go into two
 * fresh databases, the plan between their catalogs (drops allowed) must print as {@code expected.sql}, and
 * after applying it to the {@code from} database, that database must read as the {@code to} one and planning
 * again must give nothing. Run with {@code -Dschemata.updateFixtures=true} to rewrite the expectations
 * (then read every changed one).
 */
class PlanFixturesTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");
    private static final boolean UPDATE = Boolean.getBoolean("schemata.updateFixtures");
    private static final PlanOptions DROPS = PlanOptions.allowingDrops();

    private static FreshDatabases databases;

    @BeforeAll
    static void start() throws IOException {
        databases = FreshDatabases.start("fixture");
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> folders = Files.list(FIXTURES)) {
            folders.filter(Files::isDirectory).sorted().forEach(cases::add);
        }
        assertTrue(cases.size() > 0, "no fixture folders in " + FIXTURES.toAbsolutePath());
        return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> run(folder)));
    }

    private static void run(Path folder) throws Exception {
        boolean withheld;
        try (Connection from = databases.fresh(); Connection to = databases.fresh()) {
            execute(from, Files.readString(folder.resolve("from.sql")));
            execute(to, Files.readString(folder.resolve("to.sql")));
            Catalog desired = read(to);
            Catalog current = read(from);
            List<RenameHint> renames = renameHints(folder);
            Plan plan = Planner.plan(current, desired, renames, DROPS);
            withheld = !Planner.plan(current, desired, renames, PlanOptions.defaults()).skipped().isEmpty();

            Path expected = folder.resolve("expected.sql");
            if (UPDATE) {
                Files.writeString(expected, plan.toSql(), StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(expected), plan.toSql(), "the plan of " + folder.getFileName());

            List<String> progress = new ArrayList<>();
            int ran = PlanExecutor.execute(from, plan, progress::add);
            assertEquals(plan.executable().size(), ran);
            assertEquals(ran, progress.size());

            Catalog after = read(from);
            assertEquals(desired.toCanonicalText(), after.toCanonicalText(), "the schema after applying the plan");
            Plan again = Planner.plan(after, desired, renames, DROPS);
            assertTrue(again.statements().isEmpty(), "planning again gives nothing, but gave:\n" + again.toSql());
        }
        if (withheld) {
            appliesWithoutDrops(folder);
        }
    }

    /** Without allowDrop, what is withheld must not break what runs: the rest applies, and stays consistent. */
    private static void appliesWithoutDrops(Path folder) throws Exception {
        try (Connection from = databases.fresh(); Connection to = databases.fresh()) {
            execute(from, Files.readString(folder.resolve("from.sql")));
            execute(to, Files.readString(folder.resolve("to.sql")));
            Catalog desired = read(to);
            List<RenameHint> renames = renameHints(folder);
            Plan plan = Planner.plan(read(from), desired, renames, PlanOptions.defaults());
            PlanExecutor.execute(from, plan, line -> { });
            Plan rest = Planner.plan(read(from), desired, renames, PlanOptions.defaults());
            assertTrue(rest.isEmpty(), "after applying without drops, only withheld statements remain, but:\n"
                    + rest.toSql());
        }
    }

    /** The rename annotations of to.sql, which runs into its database directly rather than through the loader. */
    private static List<RenameHint> renameHints(Path folder) {
        return SchemaLoader.renameHints(new SchemaSource(List.of(folder.resolve("to.sql")), false));
    }

    private static Catalog read(Connection connection) {
        return CatalogReader.read(connection, SchemaFilter.allUserSchemas());
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        if (!sql.isBlank()) {
            FreshDatabases.execute(connection, sql);
        }
    }
}
