package dev.schemata.planfile;

import dev.schemata.SchemataException;
import dev.schemata.plan.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The files of a plan made for review: {@code plan.sql}, {@code plan.json} and {@code rollback.sql}. */
public final class PlanFiles {
    public static final String PLAN_SQL = "plan.sql";
    public static final String PLAN_JSON = "plan.json";
    public static final String ROLLBACK_SQL = "rollback.sql";

    private PlanFiles() {}

    /**
     * Writes the three files into {@code directory}, creating it.
     *
     * @return the files written
     */
    public static List<Path> write(Path directory, ReviewPlan plan) {
        try {
            Files.createDirectories(directory);
            Path sql = Files.writeString(directory.resolve(PLAN_SQL), plan.result().plan().toSql(), StandardCharsets.UTF_8);
            Path json = Files.writeString(directory.resolve(PLAN_JSON), PlanJson.write(plan.saved()), StandardCharsets.UTF_8);
            Path rollback = Files.writeString(directory.resolve(ROLLBACK_SQL), rollbackSql(plan), StandardCharsets.UTF_8);
            return List.of(sql, json, rollback);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the plan files into " + directory, e);
        }
    }

    /** Reads a {@code plan.json}, failing with what is wrong with it. */
    public static SavedPlan read(Path planJson) {
        try {
            return PlanJson.read(Files.readString(planJson, StandardCharsets.UTF_8), planJson.toString());
        } catch (NoSuchFileException e) {
            throw new SchemataException("The plan file " + planJson.toAbsolutePath() + " does not exist. Make one with"
                    + " schema:plan (it writes target/schema/plan.json) and point schema.planFile at it.");
        } catch (IOException e) {
            throw new SchemataException("Cannot read the plan file " + planJson.toAbsolutePath() + ": " + e, e);
        }
    }

    /** The rollback with a header that says what it undoes and what it cannot. */
    static String rollbackSql(ReviewPlan plan) {
        StringBuilder out = new StringBuilder()
                .append("-- Rollback of plan.json: turns the declared schema (fingerprint ")
                .append(plan.saved().desiredFingerprint(), 0, 12).append(")\n")
                .append("-- back into the target as it was when the plan was made (fingerprint ")
                .append(plan.saved().currentFingerprint(), 0, 12).append(").\n")
                .append("-- Drops are included: data written since the plan ran is lost with what is dropped.\n");
        int withheld = plan.result().plan().skipped().size();
        if (withheld > 0) {
            out.append("-- The plan withholds ").append(withheld).append(withheld == 1 ? " statement" : " statements")
                    .append(": what they would drop stays, so remove the statements below that create it again.\n");
        }
        if (plan.rollback().statements().isEmpty()) {
            out.append("-- Nothing to roll back.\n");
        }
        return out.append('\n').append(plan.rollback().toSql()).toString();
    }
}
