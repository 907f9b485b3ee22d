package dev.schemata;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * How long the steps of a plan took, logged as one line, so that a slow {@code schema:plan} in CI shows where its
 * time went: the target, the schema files' DDL in the shadow, or the planner.
 */
final class StepTimes {
    private final List<String> steps = new ArrayList<>();

    <T> T time(String step, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        add(step, Duration.ofNanos(System.nanoTime() - start));
        return result;
    }

    void add(String step, Duration time) {
        steps.add(step + " " + time.toMillis() + " ms");
    }

    /** A step that took no time worth saying, named where it stands among the others. */
    void addUntimed(String step) {
        steps.add(step);
    }

    String describe() {
        return "Timings: " + String.join(", ", steps);
    }
}
