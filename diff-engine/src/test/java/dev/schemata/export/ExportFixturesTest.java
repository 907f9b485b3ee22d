package dev.schemata.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.FreshDatabases;
import dev.schemata.SchemaFilter;
import dev.schemata.catalog.Catalog;
import dev.schemata.introspect.CatalogReader;
import dev.schemata.load.SchemaFiles;
import dev.schemata.load.SchemaLoader;
import dev.schemata.plan.Plan;
import dev.schemata.plan.PlanOptions;
import dev.schemata.plan.Planner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fixture's {@code to.sql}, exported as schema files and loaded into a fresh database, gives the same
 * schema: planning between the two gives nothing.
 */
class ExportFixturesTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");
    private static FreshDatabases databases;

    @TempDir
    static Path out;

    @BeforeAll
    static void start() throws IOException {
        databases = FreshDatabases.start("export");
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureExportsToFilesThatLoadIntoTheSameSchema() throws IOException {
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> folders = Files.list(FIXTURES)) {
            folders.filter(Files::isDirectory).sorted().forEach(cases::add);
        }
        assertTrue(cases.size() > 50, "fixture folders in " + FIXTURES.toAbsolutePath());
        return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> run(folder)));
    }

    /** The roles a fixture's grants name ({@code managedRoles} and {@code roles} of its options.properties). */
    private static void createRoles(Connection connection, Path folder) throws Exception {
        Path file = folder.resolve("options.properties");
        if (!Files.exists(file)) {
            return;
        }
        java.util.Properties properties = new java.util.Properties();
        try (java.io.Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        for (String key : List.of("managedRoles", "roles")) {
            for (String role : properties.getProperty(key, "").split(",")) {
                String name = role.strip();
                if (!name.isEmpty() && !name.equalsIgnoreCase("PUBLIC")) {
                    FreshDatabases.execute(connection, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles"
                            + " WHERE rolname = '" + name + "') THEN CREATE ROLE " + name + " NOLOGIN; END IF; END $$");
                }
            }
        }
    }

    private static void run(Path folder) throws Exception {
        String sql = Files.readString(folder.resolve("to.sql"));
        Path directory = out.resolve(folder.getFileName().toString());
        try (Connection source = databases.fresh(); Connection loaded = databases.fresh()) {
            createRoles(source, folder);
            if (!sql.isBlank()) FreshDatabases.execute(source, sql);
            Catalog exported = read(source);
            Plan creation = Planner.plan(read(loaded), exported,
                    SchemaExport.options(exported, source.getMetaData().getUserName()));
            List<Path> files = SchemaExport.write(directory, creation.executable(), false);
            if (creation.executable().isEmpty()) {
                assertEquals(List.of(), files, "an empty schema exports no file");
                return;
            }
            assertEquals(files, SchemaFiles.inDirectory(directory, false).files(), "lexical order is load order");
            files.forEach(f -> assertFalse(f.getFileName().toString().contains("-statements."),
                    "every file is named after its object: " + f));

            SchemaLoader.load(SchemaFiles.inDirectory(directory, false), loaded);

            Plan again = Planner.plan(exported, read(loaded), PlanOptions.allowingDrops());
            assertEquals(exported.toCanonicalText(), read(loaded).toCanonicalText(), folder.getFileName().toString());
            assertTrue(again.statements().isEmpty(), "the export of " + folder.getFileName()
                    + " loads into another schema; planning from it gives:\n" + again.toSql());
        }
    }

    private static Catalog read(Connection connection) {
        return CatalogReader.read(connection, SchemaFilter.allUserSchemas());
    }
}
