package dev.schemata.maven;

import dev.schemata.Schemata;
import dev.schemata.planfile.PlanFiles;
import dev.schemata.planfile.ReviewPlan;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows what {@code schema:apply} would do: the statements that turn the target database into the one
 * the schema files declare, with their hazards and the statements withheld. Changes nothing. Writes the plan
 * for review: {@code plan.sql}, {@code plan.md}, {@code plan.json} (what {@code schema:apply
 * -Dschema.planFile=...} applies) and {@code rollback.sql}.
 */
@Mojo(name = "plan", requiresProject = true, threadSafe = true)
public class PlanMojo extends AbstractTargetMojo {
    static final String MARKDOWN = "plan.md";

    /**
     * Where the plan files are written: {@code plan.sql} (withheld statements as comments), {@code plan.md} (a
     * summary fit for a pull-request comment), {@code plan.json} (the plan with the fingerprints it was made
     * against, for {@code schema:apply -Dschema.planFile}) and {@code rollback.sql}.
     */
    @Parameter(property = "schema.planDirectory", defaultValue = "${project.build.directory}/schema", required = true)
    File planDirectory;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        ReviewPlan review = Schemata.planForReview(request());
        PlanReport.print(review.result().plan(), log(), warn());
        PlanFiles.write(planDirectory.toPath(), review);
        try {
            Files.writeString(planDirectory.toPath().resolve(MARKDOWN), PlanMarkdown.of(review.result().plan()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the plan to " + planDirectory, e);
        }
        getLog().info("Plan written to " + planDirectory + ": " + PlanFiles.PLAN_SQL + ", " + MARKDOWN + ", "
                + PlanFiles.PLAN_JSON + " (apply it with -Dschema.planFile), " + PlanFiles.ROLLBACK_SQL);
    }
}
