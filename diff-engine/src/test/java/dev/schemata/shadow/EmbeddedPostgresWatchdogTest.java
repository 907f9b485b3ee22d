package dev.schemata.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An embedded server ends with its JVM, however the JVM ends; extra settings reach the server. */
class EmbeddedPostgresWatchdogTest {
    private static final PostgresBinaries BINARIES = PostgresBinaries.fromClassPath().orElseThrow();
    private static final long GENEROUS_DEADLINE_MILLIS = 30_000;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aServerEndsAndItsDataIsDeletedWhenItsJvmIsKilled() throws Exception {
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process jvm = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"), ServerOwner.class.getName())
                .redirectErrorStream(true)
                .start();
        long pid = -1;
        Path data = null;
        try {
            String[] started = startedLine(jvm).split(" ");
            pid = Long.parseLong(started[1]);
            data = Path.of(started[2]);
            assertTrue(alive(pid), "the server runs while its JVM does");

            jvm.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertTrue(jvm.waitFor(30, TimeUnit.SECONDS));

            long serverPid = pid;
            Path serverData = data;
            assertTrue(eventually(() -> !alive(serverPid)), "the server outlived its JVM by "
                    + GENEROUS_DEADLINE_MILLIS / 1000 + " s");
            assertTrue(eventually(() -> !Files.exists(serverData)), "a temporary server's data outlived its JVM");
        } finally {
            jvm.destroyForcibly();
            if (pid > 0) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
            if (data != null && Files.exists(data)) {
                try (var files = Files.walk(data)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Test
    void closingATemporaryServerLeavesItsWatchdogToDeleteTheDataAndEnd() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.startTemporary(BINARIES)) {
            List<ProcessHandle> watchdogs = watchdogs(pg);
            assertEquals(1, watchdogs.size(), "one watchdog per server");
            Path data = pg.dataDirectory();
            pg.close();
            assertFalse(ProcessHandle.of(pg.pid()).map(ProcessHandle::isAlive).orElse(false),
                    "the server has stopped when close returns");
            assertTrue(eventually(() -> !Files.exists(data)), "the watchdog deletes the data");
            assertTrue(eventually(() -> !watchdogs.get(0).isAlive()), "the watchdog ends once it has deleted it");
        }
    }

    @Test
    void startsWithExtraSettings() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.startTemporary(BINARIES,
                        Map.of("max_locks_per_transaction", "1024", "work_mem", "8MB"));
                Connection c = pg.connect("postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_setting('max_locks_per_transaction'),"
                        + " current_setting('work_mem')")) {
            rs.next();
            assertEquals("1024", rs.getString(1));
            assertEquals("8MB", rs.getString(2));
        }
    }

    @Test
    void refusesASettingNameThatIsNotAnIdentifier() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmbeddedPostgres.startTemporary(BINARIES, Map.of("work_mem=1MB -c fsync", "on")));
        assertTrue(e.getMessage().contains("'work_mem=1MB -c fsync'"), e.getMessage());
    }

    /** The line the other JVM prints once its server runs: "started pid data-directory". */
    private static String startedLine(Process jvm) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("started ")) {
                return line;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the JVM owning the server ended before starting it:\n" + seen);
    }

    private static List<ProcessHandle> watchdogs(EmbeddedPostgres pg) {
        String pid = Long.toString(pg.pid());
        return ProcessHandle.current().children()
                .filter(p -> p.info().arguments().map(List::of).orElse(List.of()).contains(pid))
                .filter(p -> p.info().arguments().map(List::of).orElse(List.of()).contains("schemata-watchdog"))
                .toList();
    }

    /** Alive and not a zombie: a killed JVM's children may be left unreaped where PID 1 reaps no orphans. */
    private static boolean alive(long pid) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String text = Files.readString(stat);
            return text.charAt(text.lastIndexOf(')') + 2) != 'Z';
        } catch (java.io.IOException gone) {
            return !Files.exists(Path.of("/proc")); // without /proc (macOS) ProcessHandle's answer stands
        }
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + GENEROUS_DEADLINE_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }

    /** Runs in a JVM of its own: starts a server, holds a session open on it, and waits to be killed. */
    static final class ServerOwner {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgres pg = EmbeddedPostgres.startTemporary(BINARIES);
            Connection session = pg.connect("postgres");
            session.setAutoCommit(false);
            try (Statement s = session.createStatement()) {
                s.execute("create table held (id int)"); // a transaction in progress when the JVM dies
            }
            System.out.println("started " + pg.pid() + " " + pg.dataDirectory().toAbsolutePath());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
