package dev.schemata.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The benchmark's scratch folders, which hold a schema file and thousands of generated sources per size. */
public final class TempDirectories {
    private TempDirectories() {}

    /**
     * Deletes the folder and everything in it: a run would otherwise leave hundreds of megabytes behind. Best
     * effort: what cannot be deleted is reported, and the figures stand.
     */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete the benchmark's folder " + dir + ": " + e.getMessage());
        }
    }
}
