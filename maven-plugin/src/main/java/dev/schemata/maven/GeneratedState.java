package dev.schemata.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the last successful {@code schema:generate} left: the hash of its inputs in {@code hashFile}, and
 * in the output directory the sources listed by the generator's manifest. The sources are current when
 * the inputs hash alike and every listed file is still there (a deleted file, or a {@code clean}, means
 * generating again).
 */
final class GeneratedState {
    /** The manifest the code generator keeps in its output directory, one relative path per line. */
    static final String MANIFEST = ".schemata-generated";

    private final Path hashFile;
    private final Path outputDirectory;

    GeneratedState(Path hashFile, Path outputDirectory) {
        this.hashFile = hashFile;
        this.outputDirectory = outputDirectory;
    }

    /** Whether the sources in the output directory were generated from inputs with this hash. */
    boolean isCurrent(String inputHash) throws IOException {
        if (!hashMatches(inputHash)) {
            return false;
        }
        Path manifest = outputDirectory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#") && !Files.isRegularFile(outputDirectory.resolve(line.strip()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the last generation had inputs with this hash (for output that has no manifest: jOOQ's). */
    boolean hashMatches(String inputHash) throws IOException {
        return Files.isRegularFile(hashFile)
                && Files.readString(hashFile, StandardCharsets.UTF_8).strip().equals(inputHash);
    }

    /** Forgets the last hash, before generating: an interrupted run must not look current afterwards. */
    void forget() throws IOException {
        Files.deleteIfExists(hashFile);
    }

    /** Records the inputs of sources just generated. */
    void remember(String inputHash) throws IOException {
        Files.createDirectories(hashFile.toAbsolutePath().getParent());
        Files.writeString(hashFile, inputHash + System.lineSeparator(), StandardCharsets.UTF_8);
    }
}
