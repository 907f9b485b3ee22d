package dev.schemata.load;

import dev.schemata.SchemataException;
import java.nio.file.Path;

/** A statement in a schema file that cannot be loaded, located by file, line and column (1-based). */
public final class SchemaFileException extends SchemataException {
    private final Path file;
    private final int line;
    private final int column;

    public SchemaFileException(Path file, int line, int column, String message, Throwable cause) {
        super(file + ":" + line + ":" + column + ": " + message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
