package dev.schemata.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps a directory of generated sources in step with the generator. A manifest in the directory lists
 * the files Schemata wrote; only those are ever deleted. The manifest grows to cover new files before
 * they are written, so an interrupted run never leaves a generated file untracked.
 */
final class OutputDirectory {
    static final String MANIFEST = ".schemata-generated";
    private static final String MANIFEST_HEADER =
            "# Files Schemata generated here; it deletes them when they are no longer generated.";

    private final Path root;

    OutputDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    WriteReport update(List<GeneratedFile> files) throws IOException {
        Files.createDirectories(root);
        Set<String> previous = readManifest();
        Set<String> current = new TreeSet<>();
        files.forEach(f -> current.add(f.relativePath()));
        Set<String> both = new TreeSet<>(previous);
        both.addAll(current);
        writeManifest(both, previous);

        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (GeneratedFile file : files) {
            (writeIfChanged(file) ? written : unchanged).add(file.relativePath());
        }
        List<String> deleted = new ArrayList<>();
        for (String stale : previous) {
            if (!current.contains(stale) && deleteWithEmptyParents(resolve(stale))) {
                deleted.add(stale);
            }
        }
        writeManifest(current, both);
        return new WriteReport(written, unchanged, deleted);
    }

    private boolean writeIfChanged(GeneratedFile file) throws IOException {
        Path target = resolve(file.relativePath());
        byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
            return false;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, content);
        return true;
    }

    private boolean deleteWithEmptyParents(Path file) throws IOException {
        boolean deleted = Files.deleteIfExists(file);
        for (Path dir = file.getParent(); dir != null && !dir.equals(root) && isEmptyDirectory(dir);
                dir = dir.getParent()) {
            Files.delete(dir);
        }
        return deleted;
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    private Set<String> readManifest() throws IOException {
        Path manifest = root.resolve(MANIFEST);
        Set<String> paths = new TreeSet<>();
        if (Files.isRegularFile(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    resolve(line.strip());
                    paths.add(line.strip());
                }
            }
        }
        return paths;
    }

    private void writeManifest(Set<String> paths, Set<String> onDisk) throws IOException {
        Path manifest = root.resolve(MANIFEST);
        if (paths.equals(onDisk) && Files.isRegularFile(manifest)) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(MANIFEST_HEADER);
        lines.addAll(paths);
        Files.write(manifest, lines, StandardCharsets.UTF_8);
    }

    /** The file of a relative path, refusing one that leads out of the directory (a tampered manifest). */
    private Path resolve(String relativePath) throws IOException {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root) || file.equals(root) || file.equals(root.resolve(MANIFEST))) {
            throw new IOException("The manifest " + root.resolve(MANIFEST) + " lists '" + relativePath
                    + "', which is not a file inside that directory. Delete the manifest (Schemata then"
                    + " rewrites all files and forgets stale ones) or fix that line.");
        }
        return file;
    }
}
