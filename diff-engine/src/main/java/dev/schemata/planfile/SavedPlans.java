package dev.schemata.planfile;

import dev.schemata.PlanResult;
import dev.schemata.SchemataException;
import dev.schemata.SchemataRequest;
import dev.schemata.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Makes a {@link SavedPlan} and checks, before it is applied, that the target, the schema files and the options
 * are still those it was made with. Each check throws a {@link SchemataException} that says what differs.
 */
public final class SavedPlans {
    private SavedPlans() {}

    /**
     * The saved form of a plan made for {@code request} against the database named {@code database}. The
     * fingerprints are the plan's own, taken from the same two catalogs: each is the whole catalog's canonical text
     * hashed, not worth computing twice.
     */
    public static SavedPlan of(PlanResult result, SchemataRequest request, String database) {
        return new SavedPlan(PlanOrigin.engineVersion(), database, result.postgresMajor(),
                PlanOrigin.options(request.planOptions(), request.filter()),
                PlanOrigin.schemaFilesHash(request.source().files()), result.plan().currentFingerprint(),
                result.plan().desiredFingerprint(), ObjectHashes.of(result.current()), result.plan().statements());
    }

    /** The version of this engine, as {@link SavedPlan#engineVersion()} records it. */
    public static String engineVersion() {
        return PlanOrigin.engineVersion();
    }

    /**
     * Checks what can be checked without a database: the options and the schema files.
     *
     * @param where the plan file, for messages
     */
    public static void checkRequest(SavedPlan plan, SchemataRequest request, String where) {
        SortedMap<String, String> now = PlanOrigin.options(request.planOptions(), request.filter());
        List<String> differing = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(plan.options().keySet());
        names.addAll(now.keySet());
        for (String name : names) {
            String made = plan.options().get(name);
            String applied = now.get(name);
            if (made == null || !made.equals(applied)) {
                differing.add(name + ": the plan was made with " + made + ", this apply has " + applied);
            }
        }
        if (!differing.isEmpty()) {
            throw new SchemataException("The options differ from those the plan " + where + " was made with:\n  "
                    + String.join("\n  ", differing) + "\nA saved plan runs exactly as reviewed: apply it with the"
                    + " options it was made with, or make a new plan with the options you want.");
        }
        String files = PlanOrigin.schemaFilesHash(request.source().files());
        if (!files.equals(plan.schemaFilesHash())) {
            throw new SchemataException("The schema files changed since the plan " + where + " was made, so it is"
                    + " not the plan that was reviewed. Make a new plan with schema:plan, review it and apply that.");
        }
    }

    /** Checks that the target is the database the plan was made against, unchanged since. */
    public static void checkTarget(SavedPlan plan, String database, int postgresMajor, Catalog current, String where) {
        if (!plan.database().equals(database)) {
            throw new SchemataException("The plan " + where + " was made against the database '" + plan.database()
                    + "' but the target is '" + database + "'. Apply a plan to the database it was made against:"
                    + " check schema.url, or make a new plan against this database.");
        }
        if (plan.postgresMajor() != postgresMajor) {
            throw new SchemataException("The plan " + where + " was made against PostgreSQL " + plan.postgresMajor()
                    + " but the target runs PostgreSQL " + postgresMajor + ". Make a new plan against this target.");
        }
        if (!plan.currentFingerprint().equals(current.fingerprint())) {
            List<String> changes = ObjectHashes.differences(plan.currentObjects(), ObjectHashes.of(current));
            throw new SchemataException("The target database changed since the plan " + where + " was made;"
                    + " nothing was applied. What changed:\n  "
                    + (changes.isEmpty() ? "dependencies between objects (no single object differs)"
                            : String.join("\n  ", changes))
                    + "\nMake a new plan with schema:plan, review it and apply that.");
        }
    }

    /** Checks that the schema files still declare the catalog the plan leads to (same files, other filter or server). */
    public static void checkDesired(SavedPlan plan, Catalog desired, String where) {
        if (!plan.desiredFingerprint().equals(desired.fingerprint())) {
            throw new SchemataException("The schema files load into a different schema than when the plan " + where
                    + " was made (another shadow server or extension version?); nothing was applied."
                    + " Make a new plan with schema:plan, review it and apply that.");
        }
    }
}
