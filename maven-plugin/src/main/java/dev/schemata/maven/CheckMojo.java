package dev.schemata.maven;

import dev.schemata.PlanResult;
import dev.schemata.Schemata;
import dev.schemata.SchemataRequest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * A drift gate for CI: fails the build when the target database differs from the schema files, listing
 * every statement that would make them equal (drops included, whatever {@code allowDrop} says, since a
 * table the files no longer declare is a difference too). Changes nothing.
 */
@Mojo(name = "check", requiresProject = true, threadSafe = true)
public class CheckMojo extends AbstractTargetMojo {

    @Override
    void run() throws MojoFailureException {
        SchemataRequest request = request();
        SchemataRequest everything = request.withPlanOptions(request.planOptions().toBuilder().allowDrop(true).build());
        PlanResult result = Schemata.plan(everything);
        if (result.plan().isEmpty()) {
            getLog().info("No drift: the database matches the schema files.");
            return;
        }
        PlanReport.print(result.plan(), log(), warn());
        int count = result.plan().executable().size();
        throw new MojoFailureException("The target database differs from the schema files: " + count
                + (count == 1 ? " statement" : " statements") + " would make them equal (listed above). Review them"
                + " with schema:plan and apply them with schema:apply, or change the schema files to match the database.");
    }
}
