package dev.schemata.bench;

import dev.schemata.ApplyResult;
import dev.schemata.PlanResult;
import dev.schemata.SchemaFilter;
import dev.schemata.Schemata;
import dev.schemata.SchemataRequest;
import dev.schemata.TargetDatabase;
import dev.schemata.catalog.Catalog;
import dev.schemata.codegen.CodegenOptions;
import dev.schemata.codegen.EntityGenerator;
import dev.schemata.load.SchemaSource;
import dev.schemata.plan.PlanOptions;
import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PostgresBinaries;
import dev.schemata.shadow.ShadowOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Times whole runs on synthetic schemas and prints a Markdown table. Arguments: table counts, comma
 * separated (default 100). Each figure is one run's wall-clock time on this machine: rerun to compare.
 */
public final class Benchmark {
    private static final long SEED = 42;

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String n : (args.length == 0 ? "100" : args[0]).split(",")) {
            sizes.add(Integer.parseInt(n.strip()));
        }
        PostgresBinaries binaries = PostgresBinaries.fromClassPath().orElseThrow();
        shadowStart(binaries);
        System.out.println();
        System.out.println("| tables | load schema into shadow | read target | plan (total: start shadow, load, read, diff) | statements | apply | generate entities |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (int n : sizes) {
            run(binaries, n);
        }
        System.out.printf("%npeak heap: %d MB%n", peakHeapBytes() >> 20);
    }

    private static void shadowStart(PostgresBinaries binaries) throws Exception {
        Path cache = Files.createTempDirectory("schemata-bench-cache-");
        String previous = System.getProperty("schemata.cache");
        System.setProperty("schemata.cache", cache.toString());
        try {
            long cold = time(() -> stop(EmbeddedPostgres.startTemporary(binaries)));
            long warm = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                warm = Math.min(warm, time(() -> stop(EmbeddedPostgres.startTemporary(binaries))));
            }
            System.out.printf("shadow start (PostgreSQL %d): cold %d ms (unpack, initdb, start), warm %d ms (best of 5)%n",
                    binaries.major(), cold, warm);
        } finally {
            if (previous == null) System.clearProperty("schemata.cache"); else System.setProperty("schemata.cache", previous);
        }
    }

    private static void run(PostgresBinaries binaries, int tables) throws Exception {
        Path dir = Files.createTempDirectory("schemata-bench-");
        Path schemaFile = Files.writeString(dir.resolve("schema.sql"), SyntheticSchema.sql(tables, true, SEED));
        SchemaSource source = new SchemaSource(List.of(schemaFile), false);
        try (EmbeddedPostgres target = EmbeddedPostgres.startTemporary(binaries)) {
            try (Connection c = target.connect("postgres"); Statement s = c.createStatement()) {
                s.execute(SyntheticSchema.sql(tables, false, SEED));
            }
            ShadowOptions shadow = ShadowOptions.embedded();
            SchemaFilter all = SchemaFilter.allUserSchemas();
            long[] load = new long[1];
            Catalog desired = timed(load, () -> Schemata.loadDesired(source, shadow, binaries.major(), all, l -> {}));
            long read;
            try (Connection c = target.connect("postgres")) {
                read = time(() -> Schemata.readLive(c, all));
            }
            SchemataRequest request = new SchemataRequest(new TargetDatabase(target.jdbcUrl("postgres"), "postgres", null),
                    source, shadow, all, PlanOptions.allowingDrops(), l -> {});
            long[] plan = new long[1];
            PlanResult planned = timed(plan, () -> Schemata.plan(request));
            long[] apply = new long[1];
            ApplyResult applied = timed(apply, () -> Schemata.apply(request));
            long generate = time(() -> EntityGenerator.generate(desired, CodegenOptions.defaults()).writeTo(dir.resolve("out")));
            System.out.printf("| %d | %d ms | %d ms | %d ms | %d | %d ms | %d ms |%n", tables, load[0], read, plan[0],
                    planned.plan().executable().size(), apply[0], generate);
            if (applied.executed() != planned.plan().executable().size()) {
                throw new IllegalStateException("apply ran " + applied.executed() + " statements, the plan had "
                        + planned.plan().executable().size());
            }
        }
    }

    private static Object stop(EmbeddedPostgres server) {
        server.close();
        return null;
    }

    private static long time(Callable<?> work) throws Exception {
        long[] millis = new long[1];
        timed(millis, work);
        return millis[0];
    }

    private static <T> T timed(long[] millis, Callable<T> work) throws Exception {
        long started = System.nanoTime();
        T result = work.call();
        millis[0] = (System.nanoTime() - started) / 1_000_000;
        return result;
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
