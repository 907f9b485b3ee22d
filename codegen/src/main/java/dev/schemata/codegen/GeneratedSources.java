package dev.schemata.codegen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The sources generated from one catalog, sorted by path. */
public record GeneratedSources(List<GeneratedFile> files) {

    public GeneratedSources {
        files = files.stream().sorted(Comparator.comparing(GeneratedFile::relativePath)).toList();
        for (int i = 1; i < files.size(); i++) {
            if (files.get(i).relativePath().equals(files.get(i - 1).relativePath())) {
                throw new IllegalArgumentException("two files for " + files.get(i).relativePath());
            }
        }
    }

    public Optional<GeneratedFile> file(String relativePath) {
        return files.stream().filter(f -> f.relativePath().equals(relativePath)).findFirst();
    }

    /**
     * Brings {@code outputDirectory} up to date: writes files whose content changed (an unchanged file keeps
     * its modification time, so incremental builds skip it) and deletes files an earlier run wrote that are
     * no longer generated. Only files listed in the manifest {@value OutputDirectory#MANIFEST} are ever
     * deleted, so files of others in the same directory are safe.
     */
    public WriteReport writeTo(Path outputDirectory) throws IOException {
        return new OutputDirectory(outputDirectory).update(files);
    }
}
