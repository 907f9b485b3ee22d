package dev.schemata.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time of the whole machine, from Linux's {@code /proc/stat}, and a wait for the machine to go idle. A
 * figure that a fresh {@code mvn} run pays must not include the benchmark's own JVM still compiling what it ran
 * last, nor a server still writing a checkpoint: on two cores either takes one of them from the new JVM.
 */
final class MachineCpu {
    /** Idle: less CPU than this share of one core over {@link #WINDOW_MILLIS}. */
    private static final double IDLE_SHARE_OF_A_CORE = 0.1;
    private static final long WINDOW_MILLIS = 500;
    private static final long GIVE_UP_MILLIS = 15_000;

    private MachineCpu() {}

    /** CPU time of every process since boot (user, nice, system, irq, softirq; 1/100 s each); -1 without it. */
    static long millis() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long ticks = 0;
            for (int field : new int[] {1, 2, 3, 6, 7}) {
                ticks += Long.parseLong(cpu[field]);
            }
            return ticks * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Waits until one window of {@link #WINDOW_MILLIS} passes with the machine idle, or {@link #GIVE_UP_MILLIS}.
     *
     * @return the milliseconds waited, negative when it gave up (a machine that never went idle) or cannot tell
     */
    static long awaitIdle() throws InterruptedException {
        long started = System.nanoTime();
        long before = millis();
        if (before < 0) {
            return -1;
        }
        while (true) {
            Thread.sleep(WINDOW_MILLIS);
            long after = millis();
            long waited = (System.nanoTime() - started) / 1_000_000;
            if (after - before < IDLE_SHARE_OF_A_CORE * WINDOW_MILLIS) {
                return waited;
            }
            if (waited >= GIVE_UP_MILLIS) {
                return -waited;
            }
            before = after;
        }
    }
}
