package dev.schemata.load;

import dev.schemata.SchemataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        // each relative name made once, and each file's type from the walk's own attributes: a build that
        // changed nothing spends most of its time here and in hashing the files (see the plugin's FileDigests)
        Map<String, Path> byRelativeName = new TreeMap<>();
        try (Stream<Path> paths = Files.find(directory, Integer.MAX_VALUE, (p, attributes) ->
                p.getFileName().toString().endsWith(".sql")
                        && (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(p)))) {
            paths.forEach(p -> byRelativeName.put(relativeName(directory, p), p));
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("Cannot list the schema directory " + directory,
                    e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        }
        List<Path> files = List.copyOf(byRelativeName.values());
        if (files.isEmpty()) {
            throw new SchemataException("The schema directory " + directory.toAbsolutePath()
                    + " holds no .sql file. " + HOW_TO_FIX);
        }
        return new SchemaSource(files, skipDataStatements);
    }

    /**
     * The relative path with '/' between names, so that the order, and whatever is keyed by it (the plugin's
     * hash of its inputs), is the same on every platform.
     */
    public static String relativeName(Path directory, Path file) {
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
