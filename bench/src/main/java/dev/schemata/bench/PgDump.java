package dev.schemata.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference: {@code pg_dump --schema-only} of the target database, run as its own process.
 * Found at {@code -Dbench.pgDump=<path>}, else {@code /usr/lib/postgresql/<major>/bin/pg_dump}, else
 * {@code pg_dump} on the PATH. Debian's {@code /usr/bin/pg_dump} is a Perl wrapper that would add its own
 * start-up to every run, hence the versioned directory before the PATH.
 */
record PgDump(Path executable, int major) {
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

    /** A pg_dump that can dump a server of {@code serverMajor} (pg_dump refuses servers newer than itself). */
    static Optional<PgDump> find(String configured, int serverMajor) throws IOException, InterruptedException {
        if (configured != null && !configured.isBlank() && !configured.startsWith("${")) {
            return Optional.of(at(Path.of(configured)));
        }
        Path versioned = Path.of("/usr/lib/postgresql/" + serverMajor + "/bin/pg_dump");
        if (Files.isExecutable(versioned)) {
            return Optional.of(at(versioned));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "pg_dump");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(at(candidate));
            }
        }
        return Optional.empty();
    }

    private static PgDump at(Path executable) throws IOException, InterruptedException {
        String version = run(List.of(executable.toString(), "--version"));
        Matcher m = VERSION.matcher(version);
        if (!m.find()) {
            throw new IllegalStateException(executable + " --version printed no PostgreSQL version: " + version.strip());
        }
        return new PgDump(executable, Integer.parseInt(m.group(1)));
    }

    /** Whether this pg_dump accepts a server of that major version. */
    boolean canDump(int serverMajor) {
        return major >= serverMajor;
    }

    /** Dumps the schema of a database on the embedded server (user postgres over TCP) to nowhere; returns millis. */
    long time(int port, String database) throws IOException, InterruptedException {
        long started = System.nanoTime();
        run(List.of(executable.toString(), "--schema-only", "--host=127.0.0.1", "--port=" + port, "--username=postgres",
                "--no-password", "--file=/dev/null", database));
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
        }
        return output;
    }
}
