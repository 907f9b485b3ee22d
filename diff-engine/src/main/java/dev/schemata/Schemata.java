package dev.schemata;

import dev.schemata.apply.ApplyLock;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.DefaultPrivilege;
import dev.schemata.catalog.Identifiers;
import dev.schemata.catalog.Owner;
import dev.schemata.catalog.Privilege;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.diff.RenameHint;
import dev.schemata.export.SchemaExport;
import dev.schemata.introspect.CatalogReader;
import dev.schemata.introspect.PendingCatalog;
import dev.schemata.load.SchemaLoader;
import dev.schemata.load.SchemaSource;
import dev.schemata.load.ShadowDatabase;
import dev.schemata.plan.Phase;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
     * Loads as {@link #loadDesired(SchemaSource, ShadowOptions, int, SchemaFilter, Consumer)} does, unless
     * {@code memo} remembers a load of the same files, filter and shadow: then that catalog is returned, and the
     * warnings its load logged are logged again.
     */
    public static Catalog loadDesired(SchemaSource source, ShadowOptions shadow, int major, SchemaFilter filter,
            Consumer<String> log, DeclaredSchemaMemo memo) {
        String key = memo.key(source, shadow, major, filter);
        Optional<DeclaredSchemaMemo.Loaded> reused = memo.find(key);
        if (reused.isPresent()) {
            logReuse("Reusing", reused.get(), log);
            return reused.get().catalog();
        }
        log.accept("Loading the declared schema into a shadow " + (shadow.isEmbedded()
                ? "embedded PostgreSQL " + shadow.embeddedMajor(major) : "database on the shadow server"));
        return loadAndRemember(source, shadow, major, filter, log, memo, key, (catalog, database) -> catalog);
    }

    /**
     * Loads as {@link #withDesired(SchemaSource, ShadowOptions, int, SchemaFilter, Consumer, DesiredSchemaWork)}
     * does, always into a new shadow since {@code work} reads it, and remembers the catalog in {@code memo}, for a
     * later goal of the build that needs only the catalog.
     */
    public static <T> T withDesired(SchemaSource source, ShadowOptions shadow, int major, SchemaFilter filter,
            Consumer<String> log, DeclaredSchemaMemo memo, DesiredSchemaWork<T> work) {
        return loadAndRemember(source, shadow, major, filter, log, memo, memo.key(source, shadow, major, filter), work);
    }

    private static <T> T loadAndRemember(SchemaSource source, ShadowOptions shadow, int major, SchemaFilter filter,
            Consumer<String> log, DeclaredSchemaMemo memo, String key, DesiredSchemaWork<T> work) {
        List<String> warnings = new ArrayList<>();
        return withDesired(source, shadow, major, filter, recordingWarnings(log, warnings), (catalog, database) -> {
            rememberUnlessChanged(memo, key, source, shadow, major, filter,
                    new DeclaredSchemaMemo.Loaded(catalog, warnings));
            return work.run(catalog, database);
        });
    }

    private static void logReuse(String start, DeclaredSchemaMemo.Loaded reused, Consumer<String> log) {
        log.accept(start + " the declared schema loaded earlier in this build: the schema files, the schema filter and"
                + " the shadow are unchanged");
        reused.warnings().forEach(log);
    }

    /** The log, with each warning also kept in {@code warnings}, to be said again when the load is reused. */
    private static Consumer<String> recordingWarnings(Consumer<String> log, List<String> warnings) {
        return line -> {
            if (line.startsWith(WARNING)) warnings.add(line);
            log.accept(line);
        };
    }

    /** Remembers a load under its key, unless a file changed while it ran: the catalog may then be of either. */
    private static void rememberUnlessChanged(DeclaredSchemaMemo memo, String key, SchemaSource source,
            ShadowOptions shadow, int major, SchemaFilter filter, DeclaredSchemaMemo.Loaded loaded) {
        if (key != null && key.equals(memo.key(source, shadow, major, filter))) {
            memo.remember(key, loaded);
        }
    }

    /**
     * Loads the schema files as {@link #loadDesired} does and, while the shadow database still holds them,
     * hands its catalog and connection details to {@code work}, for tools that read the schema on their own
     * (jOOQ's code generator). The shadow is dropped when {@code work} returns.
     */
    public static <T> T withDesired(SchemaSource source, ShadowOptions shadow, int major, SchemaFilter filter,
            Consumer<String> log, DesiredSchemaWork<T> work) {
        SchemaLoader.Prepared statements = SchemaLoader.prepare(source); // while the shadow starts
        try (ShadowDatabase database = ShadowDatabase.open(shadow, major)) {
            Catalog catalog = loadAndRead(database, statements, major, filter, log, new StepTimes());
            return work.run(catalog, new ShadowConnection(database.url(), database.user(),
                    shadow.isEmbedded() ? null : shadow.password()));
        }
    }

    private static Catalog loadAndRead(ShadowDatabase database, SchemaLoader.Prepared statements, int major,
            SchemaFilter filter, Consumer<String> log, StepTimes times) {
        int shadowMajor = TargetConnection.majorVersion(database.connection());
        if (major != 0 && shadowMajor != major) {
            // only a configured shadow server can differ: what it accepts and prints may not be what the target does
            log.accept(WARNING + "the shadow server runs PostgreSQL " + shadowMajor + " but the target runs " + major
                    + "; point schema.shadowUrl at a server of version " + major + " for an exact plan");
        }
        List<String> warnings = times.time("schema files run in the shadow",
                () -> SchemaLoader.load(statements, database));
        warnings.forEach(w -> log.accept(WARNING + w));
        return times.time("shadow read", () -> CatalogReader.read(database.connection(), filter, database.another()));
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
            return readLoadAndPlan(request, target);
        }
    }

    /**
     * Reads the target while the schema files load into the shadow: two servers at work at once. With a history
     * table the target is read afterwards, since whether its schema is left out depends on the files.
     */
    private static PlanResult readLoadAndPlan(SchemataRequest request, TargetConnection target) {
        int major = TargetConnection.majorVersion(target.connection());
        StepTimes times = new StepTimes();
        if (request.applyOptions().historyTable() != null) {
            try (Desired desired = reuseOrLoad(request, major, times)) {
                return plan(request, target, desired.catalog(), major, times);
            }
        }
        PendingCatalog current = PendingCatalog.start(target.connection(), request.filter(),
                target.anotherAlongsideShadow());
        Desired desired;
        try {
            desired = reuseOrLoad(request, major, times);
        } finally {
            current.awaitQuietly(); // a failed load is reported once the target's connection is free again
        }
        try (desired) {
            Catalog read = current.get();
            times.add(desired.shadow() == null ? "target read" : "target read (alongside the shadow)",
                    current.readTime());
            return plan(request, target.connection(), desired.catalog(), read, major, times);
        }
    }

    /**
     * Plans as {@link #plan(SchemataRequest)} and applies the plan, then reads the target again and fails when it
     * does not match the declared schema. The target is read, planned and changed under an advisory lock, so that
     * two applies never interleave and the plan is made against the database as it is when it runs. With a
     * history table, the apply is recorded there, whether it succeeded or not.
     */
    public static ApplyResult apply(SchemataRequest request) {
        try (TargetConnection target = TargetConnection.open(request.target(), request.shadow())) {
            int major = TargetConnection.majorVersion(target.connection());
            StepTimes times = new StepTimes();
            try (Desired desired = reuseOrLoad(request, major, times);
                    ApplyLock lock = ApplyLock.acquire(target.connection(), request.applyOptions().lockWait(),
                            request.log())) {
                return new ApplyRun(request, target.connection(), desired.catalog(),
                        () -> plan(request, target, desired.catalog(), major, times)).run();
            }
        }
    }

    /**
     * Loads and reads the declared schema as {@link #loadDesired(SchemaSource, ShadowOptions, int, SchemaFilter,
     * Consumer)} does, but leaves the shadow database closing on another thread while the caller plans.
     */
    private static Desired loadDesired(SchemataRequest request, String key, int major, StepTimes times) {
        request.log().accept("Target runs PostgreSQL " + major + "; loading the declared schema into a shadow "
                + (request.shadow().isEmbedded() ? "embedded PostgreSQL " + major : "database on the shadow server"));
        List<String> warnings = new ArrayList<>();
        SchemaLoader.Prepared statements = SchemaLoader.prepare(request.source()); // while the shadow starts
        ShadowDatabase database = times.time("shadow ready", () -> ShadowDatabase.open(request.shadow(), major));
        Catalog catalog;
        try {
            catalog = loadAndRead(database, statements, major, request.filter(),
                    recordingWarnings(request.log(), warnings), times);
        } catch (RuntimeException | Error e) {
            try {
                database.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        ShadowDatabase.Closing closing = database.closeInBackground();
        rememberUnlessChanged(request.memo(), key, request.source(), request.shadow(), major, request.filter(),
                new DeclaredSchemaMemo.Loaded(catalog, warnings));
        return new Desired(catalog, closing);
    }

    /**
     * The declared schema the request's memo remembers for its files, filter and shadow, with no shadow to close;
     * else loaded, and remembered there.
     */
    private static Desired reuseOrLoad(SchemataRequest request, int major, StepTimes times) {
        String key = request.memo().key(request.source(), request.shadow(), major, request.filter());
        Optional<DeclaredSchemaMemo.Loaded> reused = request.memo().find(key);
        if (reused.isEmpty()) {
            return loadDesired(request, key, major, times);
        }
        times.addUntimed("declared schema reused from earlier in this build");
        logReuse("Target runs PostgreSQL " + major + "; reusing", reused.get(), request.log());
        return new Desired(reused.get().catalog(), null);
    }

    /**
     * The declared schema's catalog; closing it waits until its shadow database is closed.
     *
     * @param shadow null when the catalog was reused and no shadow was opened for it
     */
    private record Desired(Catalog catalog, ShadowDatabase.Closing shadow) implements AutoCloseable {
        @Override
        public void close() {
            if (shadow != null) shadow.close();
        }
    }

    private static PlanResult plan(SchemataRequest request, TargetConnection target, Catalog desired, int major,
            StepTimes times) {
        Catalog current = times.time("target read", () ->
                CatalogReader.read(target.connection(), targetFilter(request, desired), target.another()));
        return plan(request, target.connection(), desired, current, major, times);
    }

    /** Plans, and logs how long each step took (the planner's included). */
    private static PlanResult plan(SchemataRequest request, Connection target, Catalog desired, Catalog current,
            int major, StepTimes times) {
        requireManagedRoles(desired, request.planOptions().managedRoles(), target);
        List<RenameHint> renames = SchemaLoader.renameHints(request.source());
        Plan plan = times.time("diff and plan", () -> Planner.plan(current, desired, renames, request.planOptions()));
        request.log().accept(times.describe());
        return new PlanResult(plan, current, desired, major);
    }

    /**
     * The request's filter, with the history table left out, and its schema too when the schema files do not
     * declare it: else every plan would drop them.
     */
    static SchemaFilter targetFilter(SchemataRequest request, Catalog desired) {
        QualifiedName history = request.applyOptions().historyTable();
        if (history == null) {
            return request.filter();
        }
        SchemaFilter filter = request.filter().excludingTable(history);
        boolean declared = desired.schemas().stream().anyMatch(s -> s.name().equals(history.schema()));
        return declared ? filter : filter.excludingSchema(history.schema());
    }

    /**
     * Fails before anything is planned when the declared grants, default privileges or owners of managed roles
     * name a role the target lacks: Schemata does not create roles.
     */
    private static void requireManagedRoles(Catalog desired, Set<String> managed, Connection target) {
        Set<String> named = new TreeSet<>();
        desired.privileges().stream().map(Privilege::grantee).filter(managed::contains).forEach(named::add);
        desired.owners().stream().map(Owner::owner).filter(managed::contains).forEach(named::add);
        for (DefaultPrivilege p : desired.defaultPrivileges()) {
            if (managed.contains(p.grantee())) {
                named.add(p.grantee());
                if (p.role() != null) named.add(p.role());
            }
        }
        named.remove("PUBLIC");
        if (named.isEmpty()) {
            return;
        }
        List<String> missing = CatalogReader.missingRoles(target, named);
        if (!missing.isEmpty()) {
            throw new SchemataException("The schema files grant privileges to, or give objects to, the role"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + ", which the target database"
                    + " lacks (managedRoles lists " + (missing.size() == 1 ? "it" : "them") + "). Schemata does not"
                    + " create roles: create " + (missing.size() == 1 ? "it" : "them") + " on the target first (for"
                    + " example CREATE ROLE " + Identifiers.quote(missing.get(0)) + " NOLOGIN), or take "
                    + (missing.size() == 1 ? "it" : "them") + " off managedRoles (schema.managedRoles).");
        }
    }

    /**
     * Plans as {@link #plan(SchemataRequest)}, for review: with what {@code plan.json} records (the target's and the
     * declared schema's fingerprints, the schema files' hash, the options) and the rollback, planned from the
     * declared schema back to the target's with drops allowed. Write it with {@link PlanFiles#write}.
     */
    public static ReviewPlan planForReview(SchemataRequest request) {
        try (TargetConnection target = TargetConnection.open(request.target(), request.shadow())) {
            int major = TargetConnection.majorVersion(target.connection());
            PlanResult planned = readLoadAndPlan(request, target);
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
            Catalog desired = loadDesired(request.source(), request.shadow(), major, request.filter(), request.log(),
                    request.memo());
            SavedPlans.checkDesired(saved, desired, where);
            // as a fresh apply: under the lock, so that the target checked is the target changed
            try (ApplyLock lock = ApplyLock.acquire(connection, request.applyOptions().lockWait(), request.log())) {
                return new ApplyRun(request, connection, desired, () -> {
                    Catalog current = CatalogReader.read(connection, targetFilter(request, desired));
                    SavedPlans.checkTarget(saved, databaseName(connection), major, current, where);
                    request.log().accept("The target is as the plan expects");
                    return new PlanResult(saved.plan(), current, desired, major);
                }).run();
            }
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
            Plan creation = Planner.plan(fresh, current, SchemaExport.options(current, userName(target.connection())));
            if (creation.isEmpty()) {
                log.accept(WARNING + "nothing to export: the database holds nothing in the managed schemas that a new"
                        + " database lacks; check schema.url and schema.includeSchemas");
            }
            List<Path> files = SchemaExport.write(directory, creation.executable(), overwrite);
            log.accept("Exported " + creation.executable().size() + " statements into " + files.size() + " files in "
                    + directory);
            return files;
        }
    }

    private static String userName(Connection connection) {
        try {
            return connection.getMetaData().getUserName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the target's user name", e);
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
