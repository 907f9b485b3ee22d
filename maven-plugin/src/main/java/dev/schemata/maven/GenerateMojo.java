package dev.schemata.maven;

import dev.schemata.Redaction;
import dev.schemata.Schemata;
import dev.schemata.catalog.Catalog;
import dev.schemata.codegen.CodegenOptions;
import dev.schemata.codegen.EntityGenerator;
import dev.schemata.codegen.WriteReport;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java entity classes from the schema files: loads them into an embedded shadow PostgreSQL
 * (no database to set up) and writes one class per table and enum. The output directory is added to
 * the compile source roots even when the goal is skipped or fails, so IDEs and the compiler see it.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, requiresProject = true, threadSafe = true)
public class GenerateMojo extends AbstractSchemaMojo {
    /** The Java package of the generated classes; tables of other schemas go to subpackages. */
    @Parameter(property = "schema.packageName", defaultValue = CodegenOptions.DEFAULT_PACKAGE, required = true)
    String packageName;

    /** {@code RECORD} (immutable records) or {@code BEAN} (fields, getters and setters, as JPA providers need). */
    @Parameter(property = "schema.style", defaultValue = "RECORD", required = true)
    CodegenOptions.Style style;

    /** Adds {@code jakarta.persistence} annotations; the project then needs {@code jakarta.persistence-api}. */
    @Parameter(property = "schema.jpa", defaultValue = "true")
    boolean jpa;

    /** Adds {@code jakarta.validation} constraints; the project then needs {@code jakarta.validation-api}. */
    @Parameter(property = "schema.validation", defaultValue = "true")
    boolean validation;

    /** Where the generated sources go; files of earlier runs that are no longer generated are deleted. */
    @Parameter(property = "schema.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/schema", required = true)
    File outputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try {
            super.execute();
        } finally {
            project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        }
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        CodegenOptions options;
        try {
            options = new CodegenOptions(packageName, style, jpa, validation);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("schema.packageName: " + e.getMessage());
        }
        getLog().info("Loading " + dir + " into " + (shadowUrl == null || shadowUrl.isBlank()
                ? "an embedded PostgreSQL " + postgresVersion : "a temporary database on " + Redaction.url(shadowUrl)));
        Catalog catalog = Schemata.loadDesired(source(), shadow(), 0, filter(), log());
        try {
            WriteReport report = EntityGenerator.generate(catalog, options).writeTo(outputDirectory.toPath());
            getLog().info("Generated sources in " + outputDirectory + ": " + report.written().size() + " written, "
                    + report.unchanged().size() + " unchanged, " + report.deleted().size() + " deleted");
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the generated sources to " + outputDirectory, e);
        }
    }
}
