package dev.schemata.codegen;

import java.util.Arrays;
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
        boolean plain = !relativePath.contains("\\") && Arrays.stream(relativePath.split("/", -1))
                .noneMatch(part -> part.isEmpty() || part.equals("..") || part.equals("."));
        if (!plain) {
            throw new IllegalArgumentException("relativePath '" + relativePath
                    + "' must be a relative path with / separators and no empty, . or .. parts");
        }
    }
}
