package dev.schemata.maven;

import dev.schemata.ApplyResult;
import dev.schemata.Schemata;
import dev.schemata.plan.Plan;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Changes the target database to match the schema files: under an advisory lock (one apply at a time per
 * database), plans as {@code schema:plan}, runs the plan (consecutive statements in one transaction, those
 * PostgreSQL refuses in one on their own), retrying what could not get its lock in time, then reads the database
 * again and fails if it does not match. Drops are withheld unless {@code allowDrop} is set. With
 * {@code historyTable}, each run is recorded there.
 */
@Mojo(name = "apply", requiresProject = true, threadSafe = true)
public class ApplyMojo extends AbstractTargetMojo {

    @Override
    void run() throws MojoFailureException {
        ApplyResult result = Schemata.apply(request());
        Plan plan = result.planned().plan();
        if (plan.statements().isEmpty()) {
            getLog().info(PlanReport.NO_CHANGES);
            return;
        }
        PlanReport.printWithheld(plan, log(), warn());
        getLog().info("Applied " + result.executed() + (result.executed() == 1 ? " statement" : " statements")
                + ", " + plan.skipped().size() + " withheld; the database matches the schema files"
                + (plan.skipped().isEmpty() ? "." : " except for the withheld statements."));
    }
}
