package dev.schemata.load;

import java.util.List;
import java.util.Objects;

/**
 * The declared schema: SQL files run in this order into the shadow database.
 *
 * @param files the files, in the order they run
 * @param skipDataStatements when true, INSERT/UPDATE/DELETE/MERGE/COPY/TRUNCATE are skipped with a warning
 *     instead of refused (for the {@code schema_migrations} inserts of a Rails {@code structure.sql})
 */
public record SchemaSource(List<java.nio.file.Path> files, boolean skipDataStatements) {
    public SchemaSource {
        files = List.copyOf(files);
        Objects.requireNonNull(files, "files == null");
    }
}
