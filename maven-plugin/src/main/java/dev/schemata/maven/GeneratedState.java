package dev.schemata.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the last successful {@code schema:generate} left: in {@code hashFile} the hash of its inputs, and on a
 * second line the hash of the schema files' names, sizes and times with the same settings (see
 * {@link GenerateInputs#attributesHash}); in the output directory the sources listed by the generator's manifest.
 * The sources are current when the inputs hash alike and every listed file is still there (a deleted file, or a
 * {@code clean}, means generating again).
 */
final class GeneratedState {
    /** The manifest the code generator keeps in its output directory, one relative path per line. */
    static final String MANIFEST = ".schemata-generated";
    private static final String ATTRIBUTES = "attributes ";

    private final Path hashFile;
    private final Path outputDirectory;

    GeneratedState(Path hashFile, Path outputDirectory) {
        this.hashFile = hashFile;
        this.outputDirectory = outputDirectory;
    }

    /** Whether the sources in the output directory were generated from inputs with this hash. */
    boolean isCurrent(String inputHash) throws IOException {
        return hashMatches(inputHash) && outputsPresent();
    }

    /** Whether every source the manifest lists is in the output directory (for the entity generator's output). */
    boolean outputsPresent() throws IOException {
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
        return line(0).equals(inputHash);
    }

    /** Whether the last generation's schema files had these names, sizes and times, under the same settings. */
    boolean attributesMatch(String attributesHash) throws IOException {
        return line(1).equals(ATTRIBUTES + attributesHash);
    }

    private String line(int index) throws IOException {
        if (!Files.isRegularFile(hashFile)) {
            return "";
        }
        List<String> lines = Files.readString(hashFile, StandardCharsets.UTF_8).lines().toList();
        return index < lines.size() ? lines.get(index).strip() : "";
    }

    /** Forgets the last hash, before generating: an interrupted run must not look current afterwards. */
    void forget() throws IOException {
        Files.deleteIfExists(hashFile);
    }

    /** Records the inputs of sources just generated. */
    void remember(String inputHash) throws IOException {
        remember(inputHash, Optional.empty());
    }

    /** Records the inputs of sources just generated, and the schema files' attributes hash when there is one. */
    void remember(String inputHash, Optional<String> attributesHash) throws IOException {
        Files.createDirectories(hashFile.toAbsolutePath().getParent());
        String text = inputHash + System.lineSeparator()
                + attributesHash.map(a -> ATTRIBUTES + a + System.lineSeparator()).orElse("");
        Files.writeString(hashFile, text, StandardCharsets.UTF_8);
    }
}
