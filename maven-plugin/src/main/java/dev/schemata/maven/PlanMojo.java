package dev.schemata.maven;

import dev.schemata.PlanResult;
import dev.schemata.Schemata;
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
 * the schema files declare, with their hazards and the statements withheld. Changes nothing.
 */
@Mojo(name = "plan", requiresProject = true, threadSafe = true)
public class PlanMojo extends AbstractTargetMojo {
    /**
     * Where the plan is written as a SQL script (withheld statements as comments); a Markdown summary fit for a
     * pull-request comment is written beside it, with the extension {@code .md}.
     */
    @Parameter(property = "schema.planFile", defaultValue = "${project.build.directory}/schema/plan.sql", required = true)
    File planFile;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        PlanResult result = Schemata.plan(request());
        PlanReport.print(result.plan(), log(), warn());
        try {
            Files.createDirectories(planFile.toPath().getParent());
            Files.writeString(planFile.toPath(), result.plan().toSql(), StandardCharsets.UTF_8);
            Files.writeString(markdownFile().toPath(), PlanMarkdown.of(result.plan()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the plan to " + planFile, e);
        }
        getLog().info("Plan written to " + planFile + " and " + markdownFile().getName());
    }

    private File markdownFile() {
        String name = planFile.getName();
        int dot = name.lastIndexOf('.');
        return new File(planFile.getParentFile(), (dot < 0 ? name : name.substring(0, dot)) + ".md");
    }
}
