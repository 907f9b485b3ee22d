package dev.schemata.property;

import dev.schemata.FreshDatabases;
import dev.schemata.SchemaFilter;
import dev.schemata.apply.PlanExecutor;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.Table;
import dev.schemata.diff.RenameHint;
import dev.schemata.introspect.CatalogReader;
import dev.schemata.load.SchemaLoader;
import dev.schemata.load.SchemaSource;
import dev.schemata.plan.HazardType;
import dev.schemata.plan.Plan;
import dev.schemata.plan.PlanOptions;
import dev.schemata.plan.Planner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * The property for one pair of schema files (A, B): with A loaded, the plan to B (drops and every hazard allowed)
 * applies, leaves a catalog equal to B's loaded fresh, and plans nothing more; then the same back from B to A.
 */
final class ConvergenceProperty {
    static final PlanOptions OPTIONS = PlanOptions.builder().allowDrop(true)
            .allowHazards(EnumSet.allOf(HazardType.class)).managedRoles(AccessModel.ROLES).build();

    /** A schema file that does not load: a generator bug, not an engine bug, so shrinking must not keep it. */
    static final class InvalidSchema extends RuntimeException {
        InvalidSchema(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final FreshDatabases databases;

    ConvergenceProperty(FreshDatabases databases) {
        this.databases = databases;
    }

    /**
     * Checks the property both ways. {@code aFromB} is A annotated with B's names (for the way back),
     * {@code bFromA} is B annotated with A's names. Each file is loaded once: the catalog of A read before the
     * plan to B is applied is the catalog of A loaded fresh (the same file into an empty database), and the
     * database of B is left as loaded until the way back starts from it.
     *
     * @throws AssertionError (or whatever the engine throws) when it does not hold
     * @throws InvalidSchema when a file does not load into a fresh database
     */
    void check(String aFromB, String bFromA) throws SQLException {
        try (Connection a = load(aFromB); Connection b = load(bFromA)) {
            Catalog catalogA = read(a);
            Catalog catalogB = read(b);
            converge(a, catalogA, catalogB, bFromA, "A -> B");
            converge(b, catalogB, catalogA, aFromB, "B -> A");
        }
    }

    private Connection load(String sql) throws SQLException {
        Connection c = databases.fresh();
        try {
            if (!sql.isBlank()) {
                FreshDatabases.execute(c, sql);
            }
            return c;
        } catch (SQLException e) {
            c.close();
            throw new InvalidSchema("the generated schema does not load: " + e.getMessage() + "\n" + sql, e);
        }
    }

    /**
     * Plans the database {@code current} (whose catalog is {@code now}) to {@code want}, the catalog of
     * {@code desiredSql} loaded fresh; applies, and checks both match after.
     */
    private static void converge(Connection current, Catalog now, Catalog want, String desiredSql, String way) {
        List<RenameHint> hints = hints(desiredSql);
        Plan plan = Planner.plan(now, want, hints, OPTIONS);
        if (!plan.refused().isEmpty() || !plan.skipped().isEmpty()) {
            throw new AssertionError(way + ": the plan refuses or skips statements:\n" + plan.toSql());
        }
        try {
            PlanExecutor.execute(current, plan, line -> { });
        } catch (RuntimeException e) {
            throw new AssertionError(way + ": the plan fails to apply: " + e.getMessage() + "\n" + plan.toSql(), e);
        }
        Catalog after = read(current);
        String applied = canonical(after);
        String wanted = canonical(want);
        if (!applied.equals(wanted)) {
            throw new AssertionError(way + ": after applying, the catalog differs from the desired one:\n"
                    + difference(applied, wanted) + "\nplan:\n" + plan.toSql());
        }
        Plan again = Planner.plan(after, want, hints, OPTIONS);
        if (!again.statements().isEmpty()) {
            throw new AssertionError(way + ": planning again gives:\n" + again.toSql() + "\nafter:\n" + plan.toSql());
        }
    }

    /**
     * The canonical text with each table's columns sorted by name: the diff does not compare column order (a
     * column added to an existing table comes last, and PostgreSQL has no way to move it).
     */
    private static String canonical(Catalog catalog) {
        return catalog.toBuilder().tables(catalog.tables().stream()
                .map(t -> new Table(t.name(), t.columns().stream().sorted(Comparator.comparing(Column::name)).toList(),
                        t.constraints(), t.indexes(), t.comment(), t.properties()))
                .toList()).build().toCanonicalText();
    }

    /** The lines only one side has, each marked with the side. */
    private static String difference(String actual, String expected) {
        List<String> a = actual.lines().toList();
        List<String> e = expected.lines().toList();
        StringBuilder s = new StringBuilder();
        a.stream().filter(l -> !e.contains(l)).forEach(l -> s.append("  applied : ").append(l).append('\n'));
        e.stream().filter(l -> !a.contains(l)).forEach(l -> s.append("  desired : ").append(l).append('\n'));
        return s.toString();
    }

    /** The rename annotations of a schema file, read by the loader as for a user's file. */
    private static List<RenameHint> hints(String sql) {
        try {
            Path file = Files.createTempFile("schemata-property", ".sql");
            try {
                Files.writeString(file, sql);
                return SchemaLoader.renameHints(new SchemaSource(List.of(file), false));
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Catalog read(Connection connection) {
        return CatalogReader.read(connection, SchemaFilter.allUserSchemas());
    }
}
