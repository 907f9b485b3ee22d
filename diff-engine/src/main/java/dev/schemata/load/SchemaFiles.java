package dev.schemata.load;

import dev.schemata.SchemataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Finds the schema files of a directory. */
public final class SchemaFiles {
    private static final String HOW_TO_FIX = "An empty schema never means \"drop everything\": point schema.dir at the"
            + " folder holding your CREATE statements (*.sql files, searched in subfolders too).";

    private SchemaFiles() {}

    /**
     * Every {@code *.sql} file below {@code directory}, in lexical order of their relative paths.
     *
     * @throws dev.schemata.SchemataException when the directory is missing or holds no SQL file: an empty
     *     schema never means "drop everything"
     */
    public static SchemaSource inDirectory(Path directory, boolean skipDataStatements) {
        if (!Files.isDirectory(directory)) {
            throw new SchemataException("The schema directory " + directory.toAbsolutePath() + " does not exist. "
                    + HOW_TO_FIX);
        }
        List<Path> files;
        try (Stream<Path> paths = Files.walk(directory)) {
            files = paths.filter(p -> p.getFileName().toString().endsWith(".sql") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> relativeName(directory, p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the schema directory " + directory, e);
        }
        if (files.isEmpty()) {
            throw new SchemataException("The schema directory " + directory.toAbsolutePath()
                    + " holds no .sql file. " + HOW_TO_FIX);
        }
        return new SchemaSource(files, skipDataStatements);
    }

    /** The relative path with '/' between names, so that the order is the same on every platform. */
    static String relativeName(Path directory, Path file) {
        Path relative = directory.relativize(file);
        StringBuilder name = new StringBuilder();
        for (Path part : relative) {
            if (!name.isEmpty()) {
                name.append('/');
            }
            name.append(part);
        }
        return name.toString();
    }
}
