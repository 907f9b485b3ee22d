package dev.schemata.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.schemata.PlanResult;
import dev.schemata.Schemata;
import dev.schemata.SchemataRequest;
import dev.schemata.TargetDatabase;
import dev.schemata.load.SchemaSource;
import dev.schemata.shadow.ShadowOptions;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * A full plan as the first work of a fresh JVM, as {@code mvn schema:plan} runs it: every class loaded and every
 * method compiled during the plan, on the same cores as the servers. {@link #measure} starts the JVM (see
 * {@link ChildJvm}); {@link #main} plans once and prints the milliseconds, the statement count and
 * the CPU time spent meanwhile: by the whole machine (every process, the two servers included; Linux only, else
 * -1), by that JVM, and by its JIT compilers.
 */
public final class ColdPlan {
    private ColdPlan() {}

    /** Arguments: the target's JDBC URL (user postgres, no password) and the schema file. */
    public static void main(String[] args) {
        SchemataRequest request = new SchemataRequest(new TargetDatabase(args[0], "postgres", null),
                new SchemaSource(List.of(Path.of(args[1])), false), ShadowOptions.embedded(), Benchmark.ALL,
                Benchmark.OPTIONS, line -> { });
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long machine = MachineCpu.millis();
        long process = os.getProcessCpuTime();
        long compiling = jit.getTotalCompilationTime();
        long started = System.nanoTime();
        PlanResult planned = Schemata.plan(request);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long machineAfter = MachineCpu.millis();
        System.out.println(millis + " " + planned.plan().executable().size() + " "
                + (machine < 0 || machineAfter < 0 ? -1 : machineAfter - machine) + " "
                + (os.getProcessCpuTime() - process) / 1_000_000 + " " + (jit.getTotalCompilationTime() - compiling));
    }

    /** What {@link #main} measured. */
    record Result(long millis, long machineCpuMillis, long jvmCpuMillis, long jitMillis) {
        String describe(int tables) {
            return String.format("cold full plan of %d tables: %d ms; CPU meanwhile: %s, of which this JVM %.1f s"
                    + " (JIT compilers %.1f s)", tables, millis,
                    machineCpuMillis < 0 ? "whole machine unknown" : String.format("whole machine %.1f s", machineCpuMillis / 1000.0),
                    jvmCpuMillis / 1000.0, jitMillis / 1000.0);
        }
    }

    /** The cold plan's figures from a new JVM, checked to plan as many statements as the warm one. */
    static Result measure(String targetUrl, Path schemaFile, int statements) throws IOException, InterruptedException {
        String[] figures = ChildJvm.lastLine(ColdPlan.class, "\\d+ \\d+ -?\\d+ \\d+ \\d+", targetUrl, schemaFile.toString())
                .split(" ");
        if (Integer.parseInt(figures[1]) != statements) {
            throw new IllegalStateException("the cold plan has " + figures[1] + " statements, the warm one " + statements);
        }
        return new Result(Long.parseLong(figures[0]), Long.parseLong(figures[2]), Long.parseLong(figures[3]),
                Long.parseLong(figures[4]));
    }
}
