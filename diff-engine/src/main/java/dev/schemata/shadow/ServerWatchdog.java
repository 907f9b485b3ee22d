package dev.schemata.shadow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A small shell process that stops an embedded server when its JVM dies, even by SIGKILL, when no shutdown hook
 * runs: orphaned servers have filled {@code /dev/shm} before. It reads a pipe whose only writer is this JVM; the
 * kernel closes the pipe when the JVM dies, however it dies, and then the script ({@code watchdog.sh}) asks the
 * postmaster for a fast shutdown and deletes a temporary server's data. A pipe rather than polling the JVM's
 * process id: when the server runs as {@code nobody}, it may not signal root's JVM to see whether it lives. The
 * watchdog runs as this JVM's user, who may signal the server (the same user, or root). Unlike prctl's
 * PDEATHSIG, which fires when the forking thread ends, the pipe lasts as long as the whole JVM, on Linux and macOS.
 * The watchdog does nothing else while the JVM lives. Closing a persistent server ends it first; closing a
 * temporary one stops the server and then lets the watchdog go on, to delete the data in its own process.
 */
final class ServerWatchdog {
    private static final Path SHELL = Path.of("/bin/sh");
    private static final String SCRIPT = script();

    /** Empty where there is no POSIX shell (Windows): there the server ends with the JVM's shutdown hook only. */
    private final Optional<Process> process;

    private ServerWatchdog(Optional<Process> process) {
        this.process = process;
    }

    /** Watches the server whose postmaster has this process id; {@code temporary}: delete its data after. */
    static ServerWatchdog watch(long postmasterPid, Path dataDirectory, boolean temporary, Path log) throws IOException {
        if (!Files.isExecutable(SHELL)) {
            return new ServerWatchdog(Optional.empty());
        }
        List<String> command = List.of(SHELL.toString(), "-c", SCRIPT, "schemata-watchdog", Long.toString(postmasterPid),
                dataDirectory.toAbsolutePath().toString(), Boolean.toString(temporary));
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start(); // standard input stays a pipe from this JVM: the one thing the watchdog waits on
        return new ServerWatchdog(Optional.of(process));
    }

    /** True while the watchdog process runs; false where there is none (no POSIX shell) or once it has ended. */
    boolean isWatching() {
        return process.map(Process::isAlive).orElse(false);
    }

    /**
     * Lets the watchdog act now, on a server this JVM has stopped: it finds the server gone and deletes a temporary
     * server's data in its own process, without this JVM waiting for it. It ends once that is done.
     */
    void finish() {
        process.ifPresent(watchdog -> {
            try {
                watchdog.getOutputStream().close(); // end of its input: what it waits for
            } catch (IOException closed) {
                // the pipe is gone already: the watchdog has seen the end of its input
            }
        });
    }

    /** Ends the watchdog without letting it act: the JVM stops the server itself. */
    void dismiss() {
        process.ifPresent(watchdog -> {
            watchdog.destroy();
            try {
                watchdog.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static String script() {
        try (InputStream in = ServerWatchdog.class.getResourceAsStream("watchdog.sh")) {
            if (in == null) {
                throw new IllegalStateException("watchdog.sh is missing from the classpath next to ServerWatchdog");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
