package dev.schemata.maven;

import dev.schemata.Schemata;
import dev.schemata.TargetDatabase;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the schema of the target database as schema files into {@code schema.dir}: one numbered file per
 * object (a table with its indexes, comments and grants), numbered so that their lexical order is the order
 * they load in. Planning against the same database right after gives no changes. Refuses a directory that holds
 * files unless {@code overwrite} is set. Changes nothing in the database.
 */
@Mojo(name = "export", requiresProject = true, threadSafe = true)
public class ExportMojo extends AbstractTargetMojo {
    /** Replaces the {@code .sql} files already in {@code schema.dir} (other files stay); without it a directory holding files is refused. */
    @Parameter(property = "schema.overwrite", defaultValue = "false")
    boolean overwrite;

    @Override
    void run() throws MojoFailureException {
        TargetDatabase target = target();
        Path directory = dir.toPath();
        List<Path> files = Schemata.export(target, shadow(), filter(), directory, overwrite, log());
        getLog().info("Wrote " + files.size() + (files.size() == 1 ? " file" : " files") + " into " + directory
                + "; schema:plan against this database now finds no changes.");
    }
}
