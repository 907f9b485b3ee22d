package dev.schemata.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compares generated sources with the files under {@code src/test/resources/golden/<case>}, as whole text.
 * With {@code -Dschemata.updateGolden=true} it rewrites them instead; read the diff before committing.
 */
final class GoldenFiles {
    private static final Path ROOT = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("schemata.updateGolden");

    private GoldenFiles() {}

    static void assertMatches(String caseName, GeneratedSources sources) throws IOException {
        Path dir = ROOT.resolve(caseName);
        if (UPDATE) {
            rewrite(dir, sources);
        }
        List<String> expectedPaths = list(dir);
        assertEquals(expectedPaths, sources.files().stream().map(GeneratedFile::relativePath).toList(),
                "generated files of case " + caseName);
        for (GeneratedFile file : sources.files()) {
            String expected = Files.readString(dir.resolve(file.relativePath()), StandardCharsets.UTF_8);
            assertEquals(expected, file.content(), "golden/" + caseName + "/" + file.relativePath()
                    + " (rerun with -Dschemata.updateGolden=true to rewrite, then review the diff)");
        }
    }

    private static void rewrite(Path dir, GeneratedSources sources) throws IOException {
        for (String stale : list(dir)) {
            Files.delete(dir.resolve(stale));
        }
        for (GeneratedFile file : sources.files()) {
            Path target = dir.resolve(file.relativePath());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
