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
import dev.schemata.plan.Phase;
import dev.schemata.plan.Plan;
import dev.schemata.plan.PlanOptions;
import dev.schemata.plan.Planner;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
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
 *
 * <p>A folder may hold {@code options.properties}: {@code managedRoles} (comma separated) plans with those
 * roles managed, and {@code roles} names further roles the case needs. Every role named there (but PUBLIC) is
 * created on the server before the case runs; roles are cluster-wide, so their names start with
 * {@code schemata_test_}. With managed roles, the schemas compared after applying hold only their grants.
 */
class PlanFixturesTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");
    private static final boolean UPDATE = Boolean.getBoolean("schemata.updateFixtures");
    /** {@code -Dschemata.fixtures=part}: only the folders whose name contains it (while working on one case). */
    private static final String ONLY = System.getProperty("schemata.fixtures", "");

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
            folders.filter(Files::isDirectory).filter(f -> f.getFileName().toString().contains(ONLY))
                    .sorted().forEach(cases::add);
        }
        assertTrue(cases.size() > 0, "no fixture folders in " + FIXTURES.toAbsolutePath());
        return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> run(folder)));
    }

    private static void run(Path folder) throws Exception {
        Properties properties = properties(folder);
        PlanOptions options = options(properties, folder);
        boolean withheld;
        try (Connection from = databases.fresh(); Connection to = databases.fresh()) {
            createRoles(from, names(properties.getProperty("managedRoles")));
            createRoles(from, names(properties.getProperty("roles")));
            execute(from, Files.readString(folder.resolve("from.sql")));
            execute(to, Files.readString(folder.resolve("to.sql")));
            Catalog desired = read(to);
            Catalog current = read(from);
            List<RenameHint> renames = renameHints(folder);
            Plan plan = Planner.plan(current, desired, renames, options);
            withheld = !Planner.plan(current, desired, renames, options.toBuilder().allowDrop(false).build())
                    .skipped().isEmpty();

            Path expected = folder.resolve("expected.sql");
            if (UPDATE) {
                Files.writeString(expected, plan.toSql(), StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(expected), plan.toSql(), "the plan of " + folder.getFileName());

            List<String> progress = new ArrayList<>();
            int ran = PlanExecutor.execute(from, plan, progress::add);
            assertEquals(plan.executable().size(), ran);
            assertEquals(ran, progress.size());

            if (options.phase() != null) {
                Plan phaseAgain = Planner.plan(read(from), desired, renames, options);
                assertTrue(phaseAgain.isEmpty(), "after the phase, only skipped statements remain, but:\n"
                        + phaseAgain.toSql());
                PlanOptions rest = options.toBuilder().phase(options.phase() == Phase.EXPAND ? Phase.CONTRACT : null)
                        .build();
                Plan second = Planner.plan(read(from), desired, renames, rest);
                assertTrue(second.skipped().isEmpty(), "the other phase runs what is left, but skips:\n"
                        + second.toSql());
                PlanExecutor.execute(from, second, line -> { });
            }
            Catalog after = read(from);
            assertEquals(managed(desired, options).toCanonicalText(), managed(after, options).toCanonicalText(),
                    "the schema after applying the plan");
            Plan again = Planner.plan(after, desired, renames, all(options));
            assertTrue(again.statements().isEmpty(), "planning again gives nothing, but gave:\n" + again.toSql());
        }
        if (withheld) {
            appliesWithoutDrops(folder, options.toBuilder().allowDrop(false).build());
        }
    }

    /** A fixture's {@code options.properties}, empty when it has none. */
    private static Properties properties(Path folder) throws IOException {
        Properties properties = new Properties();
        Path file = folder.resolve("options.properties");
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            }
        }
        return properties;
    }

    /** Creates the roles that do not exist yet (they are cluster-wide: other fixtures may have made them). */
    private static void createRoles(Connection connection, List<String> roles) throws SQLException {
        for (String role : roles) {
            if (!role.equals("PUBLIC")) {
                execute(connection, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '"
                        + role + "') THEN CREATE ROLE " + role + " NOLOGIN; END IF; END $$");
            }
        }
    }

    private static List<String> names(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Stream.of(commaSeparated.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    /** The catalog with only the grants and default privileges of the managed roles: what a plan converges. */
    private static Catalog managed(Catalog catalog, PlanOptions options) {
        Set<String> roles = options.managedRoles();
        return catalog.toBuilder()
                .privileges(catalog.privileges().stream().filter(p -> roles.contains(p.grantee())).toList())
                .defaultPrivileges(catalog.defaultPrivileges().stream().filter(p -> roles.contains(p.grantee())).toList())
                .build();
    }

    /** Without allowDrop, what is withheld must not break what runs: the rest applies, and stays consistent. */
    private static void appliesWithoutDrops(Path folder, PlanOptions options) throws Exception {
        try (Connection from = databases.fresh(); Connection to = databases.fresh()) {
            execute(from, Files.readString(folder.resolve("from.sql")));
            execute(to, Files.readString(folder.resolve("to.sql")));
            Catalog desired = read(to);
            List<RenameHint> renames = renameHints(folder);
            Plan plan = Planner.plan(read(from), desired, renames, options);
            PlanExecutor.execute(from, plan, line -> { });
            Plan rest = Planner.plan(read(from), desired, renames, options);
            assertTrue(rest.isEmpty(), "after applying without drops, only withheld statements remain, but:\n"
                    + rest.toSql());
        }
    }

    /** Every change: the options without a phase. */
    private static PlanOptions all(PlanOptions options) {
        return options.toBuilder().phase((Phase) null).build();
    }

    /**
     * Drops allowed, then each line of {@code options.properties} calls the builder method of its key; {@code roles}
     * names roles to create, not an option.
     */
    static PlanOptions options(Properties properties, Path folder) throws ReflectiveOperationException {
        PlanOptions.Builder builder = PlanOptions.allowingDrops().toBuilder();
        Path file = folder.resolve("options.properties");
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            if (!key.equals("roles")) {
                set(builder, key, properties.getProperty(key).trim(), file);
            }
        }
        return builder.build();
    }

    /** Calls the one-argument builder method named {@code key}, preferring one that takes the text itself. */
    private static void set(PlanOptions.Builder builder, String key, String value, Path file)
            throws ReflectiveOperationException {
        List<Method> candidates = Arrays.stream(PlanOptions.Builder.class.getMethods())
                .filter(m -> m.getName().equals(key) && m.getParameterCount() == 1)
                .sorted(Comparator.comparing(m -> m.getParameterTypes()[0] == String.class ? 0 : 1)).toList();
        for (Method m : candidates) {
            Class<?> type = m.getParameterTypes()[0];
            if (type == String.class) {
                m.invoke(builder, value);
                return;
            } else if (type == boolean.class) {
                m.invoke(builder, Boolean.parseBoolean(value));
                return;
            } else if (type == int.class) {
                m.invoke(builder, Integer.parseInt(value));
                return;
            } else if (type == Collection.class) {
                m.invoke(builder, names(value));
                return;
            } else if (type.isEnum()) {
                m.invoke(builder, Enum.valueOf(type.asSubclass(Enum.class), value.toUpperCase(Locale.ROOT)));
                return;
            }
        }
        throw new IllegalArgumentException(file + ": no PlanOptions.Builder method " + key
                + " that takes a text, boolean, number, list or enum");
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
