package dev.schemata.bench.micro;

import dev.schemata.Schemata;
import dev.schemata.codegen.CodegenOptions;
import dev.schemata.codegen.EntityGenerator;
import dev.schemata.codegen.GeneratedSources;
import dev.schemata.plan.HazardType;
import dev.schemata.plan.Plan;
import dev.schemata.plan.PlanOptions;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks of the steps that run in memory only, on the synthetic schema of N tables: diff and plan
 * of two catalogs, and entity generation (rendered to strings; writing them is the file system's time).
 * Short settings, so that both at both sizes take about three minutes; the whole runs stay in {@code Benchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// a fixed heap: growing it would be measured too
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
// 3 x 1 s of warm-up left generation at 1000 tables still twice as fast by the last measured iteration
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class InMemorySteps {
    /** Drops and every hazard allowed, as in the whole-run benchmark: the plan is the same whatever is allowed. */
    private static final PlanOptions OPTIONS = PlanOptions.allowingDrops().toBuilder()
            .allowHazards(EnumSet.allOf(HazardType.class)).build();

    @Benchmark
    public Plan diffAndPlan(SyntheticCatalogs catalogs) {
        return Schemata.plan(catalogs.current, catalogs.desired, OPTIONS);
    }

    @Benchmark
    public GeneratedSources generateEntities(SyntheticCatalogs catalogs) {
        return EntityGenerator.generate(catalogs.desired, CodegenOptions.defaults());
    }
}
