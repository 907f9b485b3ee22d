package dev.schemata;

import dev.schemata.apply.PlanExecutor;
import dev.schemata.catalog.Catalog;
import dev.schemata.export.SchemaExport;
import dev.schemata.introspect.CatalogReader;
import dev.schemata.load.SchemaLoader;
import dev.schemata.load.SchemaSource;
import dev.schemata.load.ShadowDatabase;
import dev.schemata.plan.Plan;
import dev.schemata.plan.PlanOptions;
import dev.schemata.plan.Planner;
import dev.schemata.planfile.PlanFiles;
import dev.schemata.planfile.ReviewPlan;
import dev.schemata.planfile.SavedPlan;
import dev.schemata.planfile.SavedPlans;
import dev.schemata.shadow.ShadowOptions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The entry point of the engine, usable without Maven: load a declared schema, read a live one,
 * plan the difference and apply it.
 */
public final class Schemata {
    /** The prefix of log lines that are warnings, so that a caller can show them as such. */
    public static final String WARNING = "WARNING: ";

    private Schemata() {}

    /**
     * Runs the schema files into a fresh shadow database of the given major version and reads it back.
     *
     * @param major the PostgreSQL major version to load into, or 0 for the shadow options' default
     */
    public static Catalog loadDesired(SchemaSource source, ShadowOptions shadow, int major, SchemaFilter filter,
            Consumer<String> log) {
        return withDesired(source, shadow, major, filter, log, (catalog, database) -> catalog);
    }

    /**
     * Loads the schema files as {@link #loadDesired} does and, while the shadow database still holds them,
     * hands its catalog and connection details to {@code work}, for tools that read the schema on their own
     * (jOOQ's code generator). The shadow is dropped when {@code work} returns.
     */
    public static <T> T withDesired(SchemaSource source, ShadowOptions shadow, int major, SchemaFilter filter,
            Consumer<String> log, DesiredSchemaWork<T> work) {
        try (ShadowDatabase database = ShadowDatabase.open(shadow, major)) {
            int shadowMajor = TargetConnection.majorVersion(database.connection());
            if (major != 0 && shadowMajor != major) {
                // only a configured shadow server can differ: what it accepts and prints may not be what the target does
                log.accept(WARNING + "the shadow server runs PostgreSQL " + shadowMajor + " but the target runs " + major
                        + "; point schema.shadowUrl at a server of version " + major + " for an exact plan");
            }
            List<String> warnings = SchemaLoader.load(source, database);
            warnings.forEach(w -> log.accept(WARNING + w));
            Catalog catalog = CatalogReader.read(database.connection(), filter);
            return work.run(catalog, new ShadowConnection(database.url(), database.user(),
                    shadow.isEmbedded() ? null : shadow.password()));
        }
    }

    /** What runs while the shadow database holding the declared schema is open. */
    @FunctionalInterface
    public interface DesiredSchemaWork<T> {
        T run(Catalog desired, ShadowConnection shadow);
    }

    /**
     * How to reach the open shadow database.
     *
     * @param password null on an embedded server; never to be logged
     */
    public record ShadowConnection(String url, String user, String password) {
        @Override
        public String toString() {
            return "ShadowConnection[url=" + Redaction.url(url) + ", user=" + user + ", password="
                    + (password == null ? "none" : "****") + "]";
        }
    }

    /** Reads the schema of a live database. */
    public static Catalog readLive(Connection connection, SchemaFilter filter) {
        return CatalogReader.read(connection, filter);
    }

    /** Plans the statements that turn {@code current} into {@code desired}. */
    public static Plan plan(Catalog current, Catalog desired, PlanOptions options) {
        return Planner.plan(current, desired, options);
    }

    /** Reads the target, loads the declared schema into a shadow of the target's major version, and plans. */
    public static PlanResult plan(SchemataRequest request) {
        try (TargetConnection target = TargetConnection.open(request.target(), request.shadow())) {
            return plan(request, target.connection());
        }
    }

    /**
     * Plans as {@link #plan(SchemataRequest)}, applies the plan, then reads the target again and fails
     * when it does not match the declared schema.
     */
    public static ApplyResult apply(SchemataRequest request) {
        try (TargetConnection target = TargetConnection.open(request.target(), request.shadow())) {
            PlanResult planned = plan(request, target.connection());
            int executed = PlanExecutor.execute(target.connection(), planned.plan(), request.log());
            verify(planned, target.connection(), request);
            return new ApplyResult(planned, executed);
        }
    }

    private static PlanResult plan(SchemataRequest request, Connection target) {
        int major = TargetConnection.majorVersion(target);
        request.log().accept("Target runs PostgreSQL " + major + "; loading the declared schema into a shadow "
                + (request.shadow().isEmbedded() ? "embedded PostgreSQL " + major : "database on the shadow server"));
        Catalog desired = loadDesired(request.source(), request.shadow(), major, request.filter(), request.log());
        Catalog current = CatalogReader.read(target, request.filter());
        Plan plan = Planner.plan(current, desired, request.planOptions());
        return new PlanResult(plan, current, desired, major);
    }

    private static void verify(PlanResult planned, Connection target, SchemataRequest request) {
        Catalog after = CatalogReader.read(target, request.filter());
        Plan remaining = Planner.plan(after, planned.desired(), PlanOptions.allowingDrops());
        List<String> withheld = planned.plan().skipped().stream().map(s -> s.sql()).toList();
        List<String> left = remaining.executable().stream().map(s -> s.sql())
                .filter(sql -> !withheld.contains(sql)).toList();
        if (!left.isEmpty()) {
            throw new SchemataException("The database does not match the declared schema after apply; still to do:\n  "
                    + String.join(";\n  ", left)
                    + "\nThis is a bug in Schemata: please report it with the schema files and the plan.");
        }
    }

    /**
     * Plans as {@link #plan(SchemataRequest)}, for review: with what {@code plan.json} records (the target's and the
     * declared schema's fingerprints, the schema files' hash, the options) and the rollback, planned from the
     * declared schema back to the target's with drops allowed. Write it with {@link PlanFiles#write}.
     */
    public static ReviewPlan planForReview(SchemataRequest request) {
        try (TargetConnection target = TargetConnection.open(request.target(), request.shadow())) {
            PlanResult planned = plan(request, target.connection());
            Plan rollback = Planner.plan(planned.desired(), planned.current(),
                    request.planOptions().toBuilder().allowDrop(true).build());
            return new ReviewPlan(planned, SavedPlans.of(planned, request, databaseName(target.connection())), rollback);
        }
    }

    /**
     * Applies the plan saved in {@code planJson} by {@link #planForReview}: exactly its statements, and only when the
     * options and schema files are those it was made with and the target has not changed since. Otherwise nothing
     * runs and a {@link SchemataException} says what differs. After the run the target is verified as in
     * {@link #apply(SchemataRequest)}.
     */
    public static ApplyResult applyPlanFile(SchemataRequest request, Path planJson) {
        SavedPlan saved = PlanFiles.read(planJson);
        String where = planJson.toString();
        SavedPlans.checkRequest(saved, request, where);
        if (!saved.engineVersion().equals(SavedPlans.engineVersion())) {
            request.log().accept(WARNING + "the plan was made by Schemata " + saved.engineVersion() + " and is applied by "
                    + SavedPlans.engineVersion() + "; it still runs only on the target it was made against");
        }
        try (TargetConnection target = TargetConnection.open(request.target(), request.shadow())) {
            Connection connection = target.connection();
            int major = TargetConnection.majorVersion(connection);
            Catalog current = CatalogReader.read(connection, request.filter());
            SavedPlans.checkTarget(saved, databaseName(connection), major, current, where);
            request.log().accept("The target is as the plan expects; loading the declared schema to verify against");
            Catalog desired = loadDesired(request.source(), request.shadow(), major, request.filter(), request.log());
            SavedPlans.checkDesired(saved, desired, where);
            PlanResult planned = new PlanResult(saved.plan(), current, desired, major);
            int executed = PlanExecutor.execute(connection, planned.plan(), request.log());
            verify(planned, connection, request);
            return new ApplyResult(planned, executed);
        }
    }

    /**
     * Writes the schema of a live database as schema files into {@code directory}: the statements that create it
     * from a fresh database, in dependency order, split into numbered files that load in lexical order. Planning
     * against the same database with these files gives an empty plan.
     *
     * @param overwrite whether a directory that holds files may be used; its {@code .sql} files are replaced
     * @return the files written, in load order
     */
    public static List<Path> export(TargetDatabase database, ShadowOptions shadow, SchemaFilter filter, Path directory,
            boolean overwrite, Consumer<String> log) {
        SchemaExport.checkDirectory(directory, overwrite);
        try (TargetConnection target = TargetConnection.open(database, shadow)) {
            int major = TargetConnection.majorVersion(target.connection());
            Catalog current = CatalogReader.read(target.connection(), filter);
            Catalog fresh;
            // what the files will be loaded into: a new database has a public schema, its privileges, ...
            try (ShadowDatabase empty = ShadowDatabase.open(shadow, major)) {
                fresh = CatalogReader.read(empty.connection(), filter);
            }
            Plan creation = Planner.plan(fresh, current, PlanOptions.allowingDrops());
            if (creation.isEmpty()) {
                log.accept(WARNING + "nothing to export: the database holds nothing in the managed schemas that a new"
                        + " database lacks; check schema.url and schema.schemas");
            }
            List<Path> files = SchemaExport.write(directory, creation.executable(), overwrite);
            log.accept("Exported " + creation.executable().size() + " statements into " + files.size() + " files in "
                    + directory);
            return files;
        }
    }

    private static String databaseName(Connection connection) {
        try {
            return connection.getCatalog();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the target's database name", e);
        }
    }

    static void closeQuietly(Connection connection) {
        try {
            if (connection != null) connection.close();
        } catch (SQLException ignored) {
            // closing after the work is done: nothing to recover
        }
    }
}
