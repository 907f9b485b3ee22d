package dev.schemata.maven;

import dev.schemata.codegen.CodegenOptions;
import java.nio.file.Path;

/** The generate goal as the unit tests configure it: Maven's defaults, below one project folder. */
final class GenerateMojos {
    private GenerateMojos() {}

    /** Schema files in {@code project/schema}, sources to {@code project/out}, the goal's default settings. */
    static GenerateMojo withDefaults(Path project) {
        GenerateMojo mojo = new GenerateMojo();
        mojo.dir = project.resolve("schema").toFile();
        mojo.outputDirectory = project.resolve("out").toFile();
        mojo.packageName = "generated";
        mojo.style = CodegenOptions.Style.RECORD;
        mojo.keyStyle = CodegenOptions.KeyStyle.ID_CLASS;
        mojo.versionColumns = "version";
        mojo.jpa = true;
        mojo.validation = true;
        mojo.postgresVersion = 17;
        return mojo;
    }
}
