package dev.schemata.codegen;

import java.util.Objects;

/**
 * One generated source file.
 *
 * @param relativePath where it goes below the output directory, with {@code /} separators,
 *     for example {@code com/example/db/Orders.java}
 * @param content the Java source text
 */
public record GeneratedFile(String relativePath, String content) {
    public GeneratedFile {
        Objects.requireNonNull(relativePath, "relativePath == null");
        Objects.requireNonNull(content, "content == null");
    }
}
