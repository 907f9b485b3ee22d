package dev.schemata.planfile;

import dev.schemata.plan.Plan;
import dev.schemata.plan.PlannedStatement;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A plan as written to {@code plan.json} for review: its statements, and what it was made against, so that
 * applying it later can refuse when the target or the schema files are no longer what the reviewer saw.
 *
 * @param engineVersion the Schemata version that made the plan
 * @param database the name of the target database ({@code current_database()})
 * @param postgresMajor the target's PostgreSQL major version
 * @param options the plan options and schema filter, by name, each value as JSON text ({@code false},
 *     {@code ["app"]}); apply compares them with its own
 * @param schemaFilesHash a SHA-256 over the schema files' contents in the order they load
 * @param currentFingerprint the target catalog's fingerprint when the plan was made
 * @param desiredFingerprint the fingerprint of the catalog the schema files declare
 * @param currentObjects a fingerprint per object of the target's catalog, to name what changed since
 * @param statements the plan's statements in order, withheld ones included
 */
public record SavedPlan(
        String engineVersion,
        String database,
        int postgresMajor,
        SortedMap<String, String> options,
        String schemaFilesHash,
        String currentFingerprint,
        String desiredFingerprint,
        SortedMap<String, String> currentObjects,
        List<PlannedStatement> statements) {
    /** The version of the plan.json format; a file of another version is refused. */
    public static final int FORMAT = 1;

    public SavedPlan {
        Objects.requireNonNull(engineVersion, "engineVersion == null");
        Objects.requireNonNull(database, "database == null");
        options = new TreeMap<>(options);
        Objects.requireNonNull(schemaFilesHash, "schemaFilesHash == null");
        Objects.requireNonNull(currentFingerprint, "currentFingerprint == null");
        Objects.requireNonNull(desiredFingerprint, "desiredFingerprint == null");
        currentObjects = new TreeMap<>(currentObjects);
        statements = List.copyOf(statements);
    }

    /** The plan to execute. */
    public Plan plan() {
        return new Plan(statements, currentFingerprint, desiredFingerprint);
    }

    @Override
    public SortedMap<String, String> options() {
        return new TreeMap<>(options);
    }

    @Override
    public SortedMap<String, String> currentObjects() {
        return new TreeMap<>(currentObjects);
    }
}
