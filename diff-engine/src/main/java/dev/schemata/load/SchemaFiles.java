package dev.schemata.load;

import java.nio.file.Path;

/** Finds the schema files of a directory. */
public final class SchemaFiles {
    private SchemaFiles() {}

    /**
     * Every {@code *.sql} file below {@code directory}, in lexical order of their relative paths.
     *
     * @throws dev.schemata.SchemataException when the directory is missing or holds no SQL file: an empty
     *     schema never means "drop everything"
     */
    public static SchemaSource inDirectory(Path directory, boolean skipDataStatements) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
