package dev.schemata.maven;

import dev.schemata.ApplyResult;
import dev.schemata.Schemata;
import dev.schemata.plan.Plan;
import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Changes the target database to match the schema files: under an advisory lock (one apply at a time per
 * database), plans as {@code schema:plan}, runs the plan (consecutive statements in one transaction, those
 * PostgreSQL refuses in one on their own), retrying what could not get its lock in time, then reads the database
 * again and fails if it does not match. Drops are withheld unless {@code allowDrop} is set. With
 * {@code historyTable}, each run is recorded there. With {@code planFile}, runs a reviewed plan instead of a
 * fresh one.
 */
@Mojo(name = "apply", requiresProject = true, threadSafe = true)
public class ApplyMojo extends AbstractTargetMojo {
    /**
     * A {@code plan.json} written by {@code schema:plan} (in {@code target/schema/}): its statements run exactly
     * as reviewed, but only if the target and the schema files are still those it was made from and the options
     * are the same; otherwise nothing runs and the goal fails saying what changed. Empty: plan afresh and apply.
     */
    @Parameter(property = "schema.planFile")
    File planFile;

    @Override
    void run() throws MojoFailureException {
        ApplyResult result = planFile == null ? Schemata.apply(request())
                : Schemata.applyPlanFile(request(), planFile.toPath());
        Plan plan = result.planned().plan();
        if (plan.statements().isEmpty()) {
            getLog().info(PlanReport.NO_CHANGES);
            return;
        }
        PlanReport.printWithheld(plan, log(), warn());
        getLog().info("Applied " + result.executed() + (result.executed() == 1 ? " statement" : " statements")
                + (planFile == null ? "" : " of " + planFile.getName())
                + ", " + plan.skipped().size() + " withheld; the database matches the schema files"
                + (plan.skipped().isEmpty() ? "." : " except for the withheld statements."));
    }
}
