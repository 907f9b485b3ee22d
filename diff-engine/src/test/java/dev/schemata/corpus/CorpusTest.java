package dev.schemata.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.shadow.BinariesResolver;
import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PostgresBinaries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs every case of the peer corpora (folder from the {@code schemata.cases} system property) and
 * requires each to converge, except those in {@code corpus/known-failures.txt}, each listed with its
 * reason. A case that starts to converge must be taken off the list, so the list stays honest.
 */
class CorpusTest {
    private static final List<String> CORPORA = List.of("migra", "pg-schema-diff");

    @Test
    void everyCaseConvergesExceptTheKnownFailures() throws Exception {
        Path root = casesFolder();
        // -Dschemata.corpus.postgres=13 runs on another major (its binaries must be in the local repository)
        int major = Integer.getInteger("schemata.corpus.postgres", BinariesResolver.DEFAULT_MAJOR);
        Map<String, String> known = knownFailures(major);
        Map<String, String> failures = new TreeMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>(); // converged, ran, not applicable
        java.util.Set<String> ran = new java.util.HashSet<>();
        PostgresBinaries binaries = BinariesResolver.fromClassPathOrLocalRepository().resolve(major);
        try (EmbeddedPostgres server = EmbeddedPostgres.startTemporary(binaries)) {
            CorpusRunner runner = new CorpusRunner(server, major < BinariesResolver.DEFAULT_MAJOR);
            for (String corpus : CORPORA) {
                int[] count = counts.computeIfAbsent(corpus, c -> new int[3]);
                for (CorpusCase c : cases(root, corpus)) {
                    ran.add(c.key());
                    long started = System.nanoTime();
                    String failure = runOne(runner, c);
                    if (Boolean.getBoolean("schemata.cases.timing")) {
                        System.out.printf("%6d ms %s%n", (System.nanoTime() - started) / 1_000_000, c.key());
                    }
                    if (failure != null && failure.startsWith(CorpusRunner.NOT_APPLICABLE)) {
                        count[2]++;
                        ran.remove(c.key());
                    } else if (failure == null) {
                        count[0]++;
                        count[1]++;
                    } else {
                        count[1]++;
                        failures.put(c.key(), failure);
                    }
                }
            }
        }
        writeReport(failures);
        List<String> problems = new ArrayList<>();
        failures.keySet().stream().filter(k -> !known.containsKey(k))
                .forEach(k -> problems.add("fails but is not a known failure: " + k + "\n    " + firstLines(failures.get(k))));
        known.keySet().stream().filter(k -> ran.contains(k) && !failures.containsKey(k))
                .forEach(k -> problems.add("converges now: take it off known-failures.txt: " + k));
        StringBuilder summary = new StringBuilder("Corpus on PostgreSQL " + major + ":");
        counts.forEach((corpus, n) -> summary.append(' ').append(corpus).append(' ').append(n[0]).append('/').append(n[1])
                .append(" converged").append(n[2] == 0 ? "" : " (" + n[2] + " more not applicable: their SQL needs a"
                        + " newer PostgreSQL)").append(';'));
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n" + summary);
        System.out.println(summary.substring(0, summary.length() - 1));
    }

    private static String runOne(CorpusRunner runner, CorpusCase c) {
        try {
            return runner.run(c);
        } catch (Exception | AssertionError e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static Path casesFolder() {
        String configured = System.getProperty("schemata.cases");
        Path root = configured == null ? null : Path.of(configured);
        Assumptions.assumeTrue(root != null && Files.isDirectory(root),
                "Corpus test skipped: no corpus folder at " + configured
                        + " (set -Dschemata.cases=<folder with migra/ and pg-schema-diff/>)");
        return root;
    }

    private static List<CorpusCase> cases(Path root, String corpus) throws IOException {
        Path folder = root.resolve(corpus);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            java.util.regex.Pattern only = java.util.regex.Pattern.compile(System.getProperty("schemata.cases.only", ".*"));
            return children.filter(p -> Files.isRegularFile(p.resolve("to.sql")))
                    .filter(p -> only.matcher(corpus + "/" + p.getFileName()).find())
                    .sorted()
                    .map(p -> new CorpusCase(corpus, p.getFileName().toString(), p))
                    .toList();
        }
    }

    /**
     * The known failures on {@code major}: a reason that starts with majors in brackets, {@code [13]} or
     * {@code [13,14]}, lists a case that fails on those majors only.
     */
    private static Map<String, String> knownFailures(int major) throws IOException {
        Map<String, String> known = new TreeMap<>();
        try (var in = CorpusTest.class.getResourceAsStream("/corpus/known-failures.txt")) {
            if (in == null) return known;
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
                int space = trimmed.indexOf(' ');
                String reason = space < 0 ? "" : trimmed.substring(space + 1).strip();
                if (reason.startsWith("[")) {
                    List<String> majors = List.of(reason.substring(1, reason.indexOf(']')).split(","));
                    if (!majors.contains(String.valueOf(major))) continue;
                }
                known.put(space < 0 ? trimmed : trimmed.substring(0, space), reason);
            }
        }
        return known;
    }

    private static void writeReport(Map<String, String> failures) throws IOException {
        Path report = Path.of("target", "corpus-failures.txt");
        Files.createDirectories(report.getParent());
        StringBuilder out = new StringBuilder();
        failures.forEach((k, v) -> out.append("== ").append(k).append('\n').append(v).append("\n\n"));
        Files.writeString(report, out);
    }

    private static String firstLines(String text) {
        return text.lines().limit(6).reduce((a, b) -> a + "\n    " + b).orElse("");
    }
}
