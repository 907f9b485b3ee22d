package dev.schemata;

import dev.schemata.apply.PlanExecutor;
import dev.schemata.catalog.Catalog;
import dev.schemata.introspect.CatalogReader;
import dev.schemata.load.SchemaLoader;
import dev.schemata.load.SchemaSource;
import dev.schemata.load.ShadowDatabase;
import dev.schemata.plan.Phase;
import dev.schemata.plan.Plan;
import dev.schemata.plan.PlanOptions;
import dev.schemata.plan.Planner;
import dev.schemata.shadow.ShadowOptions;
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
     * when it does not match the declared schema. A plan with a statement that would run and carries a hazard
     * the options do not allow is refused before anything runs.
     */
    public static ApplyResult apply(SchemataRequest request) {
        try (TargetConnection target = TargetConnection.open(request.target(), request.shadow())) {
            PlanResult planned = plan(request, target.connection());
            HazardRefusal.check(planned.plan(), request.planOptions());
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
        // the same options, so that withheld statements read the same; everything planned, none withheld
        PlanOptions everything = request.planOptions().toBuilder().allowDrop(true).phase((Phase) null).build();
        Plan remaining = Planner.plan(after, planned.desired(), everything);
        List<String> withheld = planned.plan().skipped().stream().map(s -> s.sql()).toList();
        List<String> left = remaining.executable().stream().map(s -> s.sql())
                .filter(sql -> !withheld.contains(sql)).toList();
        if (!left.isEmpty()) {
            throw new SchemataException("The database does not match the declared schema after apply; still to do:\n  "
                    + String.join(";\n  ", left)
                    + "\nThis is a bug in Schemata: please report it with the schema files and the plan.");
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
