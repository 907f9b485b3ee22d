package dev.schemata.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use, sampled every few milliseconds by a daemon thread: garbage not yet collected counts,
 * so this is an upper bound of what the work needed; the heap limit the run succeeded under is the firm figure.
 */
final class HeapSampler {
    private static final long INTERVAL_MILLIS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile long peak;
    private volatile long overallPeak;

    void start() {
        Thread sampler = new Thread(() -> {
            while (true) {
                sample();
                try {
                    Thread.sleep(INTERVAL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private synchronized void sample() {
        long used = memory.getHeapMemoryUsage().getUsed();
        peak = Math.max(peak, used);
        overallPeak = Math.max(overallPeak, used);
    }

    synchronized void resetPeak() {
        peak = memory.getHeapMemoryUsage().getUsed();
    }

    /** The most heap used since the last reset. */
    synchronized long peak() {
        sample();
        return peak;
    }

    long overallPeak() {
        return overallPeak;
    }
}
