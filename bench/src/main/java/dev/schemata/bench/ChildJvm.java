package dev.schemata.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a main class in a new JVM with this one's class path, heap limit and JIT level, for figures that a fresh
 * {@code mvn} run pays: class loading and compilation included. It starts once the machine is idle (see
 * {@link MachineCpu#awaitIdle()}), and keeps how long each start waited for {@link #waits()}.
 */
public final class ChildJvm {
    private static final List<Long> WAITS = new ArrayList<>();

    private ChildJvm() {}

    /** How long each new JVM so far waited for an idle machine, in milliseconds; negative where it gave up. */
    public static synchronized List<Long> waits() {
        return List.copyOf(WAITS);
    }

    /**
     * The last line the child printed; before it come what libraries print (SLF4J's notice).
     *
     * @throws IllegalStateException with all the child printed, when it fails or its last line is not {@code expected}
     */
    public static String lastLine(Class<?> main, String expected, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx") || a.startsWith("-XX:TieredStopAtLevel="))
                .forEach(command::add);
        String tmp = System.getProperty("schemata.tmp");
        if (tmp != null) {
            command.add("-Dschemata.tmp=" + tmp); // -Dbench.tmp: where embedded servers keep their data
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        long waited = MachineCpu.awaitIdle();
        synchronized (ChildJvm.class) {
            WAITS.add(waited);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String last = out.substring(out.lastIndexOf('\n') + 1);
        if (process.waitFor() != 0 || !last.matches(expected)) {
            throw new IllegalStateException(main.getSimpleName() + " failed in a new JVM:\n" + out);
        }
        return last;
    }
}
