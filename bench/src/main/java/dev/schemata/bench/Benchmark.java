package dev.schemata.bench;

import dev.schemata.ApplyResult;
import dev.schemata.DeclaredSchemaMemo;
import dev.schemata.PlanResult;
import dev.schemata.SchemaFilter;
import dev.schemata.Schemata;
import dev.schemata.SchemataRequest;
import dev.schemata.TargetDatabase;
import dev.schemata.catalog.Catalog;
import dev.schemata.codegen.CodegenOptions;
import dev.schemata.codegen.EntityGenerator;
import dev.schemata.introspect.CatalogReader;
import dev.schemata.load.SchemaSource;
import dev.schemata.maven.NoChangeGenerateBenchmark;
import dev.schemata.plan.Plan;
import dev.schemata.plan.PlanOptions;
import dev.schemata.shadow.BinariesResolver;
import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PostgresBinaries;
import dev.schemata.shadow.ShadowOptions;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Times whole runs on synthetic schemas of N tables and prints a Markdown table, with {@code pg_dump
 * --schema-only} of the same target as the reference. Argument: table counts, comma separated (default 100).
 * System properties: {@code bench.changed} (share of changed tables, default 0.5), {@code bench.postgres}
 * (major version of the target and shadow, default 17), {@code bench.pgDump} (path of pg_dump), {@code bench.tmp}
 * (where the servers keep their data; default: /dev/shm when it has room, as for any embedded server).
 * Each figure is one run's wall-clock time on this machine (reads and pure plans: best of three).
 */
public final class Benchmark {
    private static final long SEED = 42;
    private static final int REPEATS = 3;
    /** Untimed reads before the first introspection of the JVM: at least, at most (see {@link #warmUpReader}). */
    private static final int READER_WARM_UPS_MIN = 10;
    private static final int READER_WARM_UPS_MAX = 60;
    /** How many reads in a row must leave the JIT compilers under a tenth of the read's time. */
    private static final int READER_WARM_UPS_SETTLED = 3;
    static final SchemaFilter ALL = SchemaFilter.allUserSchemas();
    /** Drops and every hazard allowed: the benchmark applies whatever the mutation needs. */
    static final PlanOptions OPTIONS = PlanOptions.allowingDrops().toBuilder()
            .allowHazards(java.util.EnumSet.allOf(dev.schemata.plan.HazardType.class)).build();

    /**
     * Apply runs the plan in one transaction, which locks every table it touches until it commits. The lock table
     * holds max_locks_per_transaction x (max_connections + prepared transactions) entries: 64 x 40 on an embedded
     * server, short of a 5000-table change set ("out of shared memory"). A production server sized for such a
     * schema raises it the same way.
     */
    private static final Map<String, String> TARGET_SETTINGS = Map.of("max_locks_per_transaction", "1024");

    private final PostgresBinaries binaries;
    private final double changed;
    private final Optional<PgDump> pgDump;
    private final HeapSampler heap = new HeapSampler();
    private boolean readerWarmedUp;
    /** Printed after the table: what does not fit in a cell. */
    private final List<String> notes = new ArrayList<>();

    private Benchmark(PostgresBinaries binaries, double changed, Optional<PgDump> pgDump) {
        this.binaries = binaries;
        this.changed = changed;
        this.pgDump = pgDump;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String n : (args.length == 0 ? "100" : args[0]).split(",")) {
            sizes.add(Integer.parseInt(n.strip()));
        }
        String runs = System.getProperty("bench.tmp", "");
        if (!runs.isBlank() && !runs.startsWith("${")) {
            System.setProperty("schemata.tmp", runs); // servers' data on disk: /dev/shm may be short of memory
        }
        int major = Integer.getInteger("bench.postgres", BinariesResolver.DEFAULT_MAJOR);
        double changed = Double.parseDouble(System.getProperty("bench.changed", "0.5"));
        PostgresBinaries binaries = BinariesResolver.fromClassPathOrLocalRepository().resolve(major);
        Optional<PgDump> pgDump = usablePgDump(major);
        ShadowStart.print(binaries);
        System.out.printf("changed tables: %.0f%% (two changes each), plus %s new and as many dropped tables per 100;"
                + " heap limit %d MB; %d cores; JIT %s%n", changed * 100, SyntheticSchema.addedOrDropped(100, changed),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), jit());
        new Benchmark(binaries, changed, pgDump).runAll(sizes);
    }

    /** The pg_dump found, when it can dump a server of that major; else a line on how to get one. */
    private static Optional<PgDump> usablePgDump(int major) throws Exception {
        Optional<PgDump> found = PgDump.find(System.getProperty("bench.pgDump"), major);
        if (found.isEmpty()) {
            System.out.println("pg_dump not found: no ratio to pg_dump. Install it (Debian/Ubuntu: apt-get install"
                    + " postgresql-client-" + major + ") or pass -Dbench.pgDump=<path>");
        } else if (!found.get().canDump(major)) {
            System.out.println(found.get().executable() + " is PostgreSQL " + found.get().major() + " and refuses a "
                    + major + " server: no ratio to pg_dump. Run with -Dbench.postgres=" + found.get().major()
                    + " or install postgresql-client-" + major);
            return Optional.empty();
        } else {
            System.out.println("reference: " + found.get().executable() + " (PostgreSQL " + found.get().major() + ")");
        }
        return found;
    }

    private void runAll(List<Integer> sizes) throws Exception {
        heap.start();
        System.out.println();
        System.out.println("| tables | changes (statements) | introspect target | one connection | pg_dump --schema-only"
                + " | introspect / pg_dump | catalog queries | load files into shadow | diff + plan | full plan | cold full plan | apply"
                + " | generate entities"
                + " | no-change generate | cold no-change generate | peak heap |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (int n : sizes) {
            run(n);
        }
        System.out.println();
        notes.forEach(System.out::println);
        System.out.println(idleWaits(ChildJvm.waits()));
        System.out.printf("%nall sizes ran within a %d MB heap (-Xmx); the largest, %d tables, planned;"
                + " peak heap used %d MB%n", Runtime.getRuntime().maxMemory() >> 20,
                sizes.stream().mapToInt(Integer::intValue).max().orElse(0), heap.overallPeak() >> 20);
    }

    private void run(int tables) throws Exception {
        Path dir = Files.createTempDirectory("schemata-bench-");
        try {
            run(tables, dir);
        } finally {
            TempDirectories.delete(dir);
        }
    }

    private void run(int tables, Path dir) throws Exception {
        Path schemaFile = Files.writeString(dir.resolve("schema.sql"), SyntheticSchema.mutated(tables, changed, SEED));
        SchemaSource source = new SchemaSource(List.of(schemaFile), false);
        ShadowOptions shadow = ShadowOptions.embedded();
        List<String> timings = new ArrayList<>();
        Consumer<String> log = line -> {
            if (line.startsWith(Schemata.WARNING)) System.err.println(line);
            if (line.startsWith("Timings:")) timings.add(line);
        };
        try (EmbeddedPostgres target = EmbeddedPostgres.startTemporary(binaries, TARGET_SETTINGS)) {
            try (Connection c = target.connect("postgres"); Statement s = c.createStatement()) {
                s.execute(SyntheticSchema.base(tables, SEED));
            }
            System.gc();
            heap.resetPeak();
            int[] queries = new int[1];
            Catalog[] current = new Catalog[1];
            warmUpReader(target);
            long introspect = best(() -> {
                current[0] = countedRead(target, queries);
                return current[0];
            });
            long introspectOne = best(() -> {
                try (Connection c = target.connect("postgres")) {
                    return Schemata.readLive(c, ALL);
                }
            });
            long dump = pgDump.isPresent() ? best(() -> pgDump.get().time(target.port(), "postgres")) : -1;
            long[] load = new long[1];
            Catalog desired = timed(load, () -> Schemata.loadDesired(source, shadow, binaries.major(), ALL, log));
            Plan[] pure = new Plan[1];
            long diff = best(() -> pure[0] = Schemata.plan(current[0], desired, OPTIONS));
            SchemataRequest request = new SchemataRequest(new TargetDatabase(target.jdbcUrl("postgres"), "postgres", null),
                    source, shadow, ALL, OPTIONS, log);
            long[] plan = new long[1];
            timings.clear();
            PlanResult planned = fullPlans(tables, request, plan, timings);
            ColdPlan.Result coldPlan = ColdPlan.measure(target.jdbcUrl("postgres"), schemaFile,
                    planned.plan().executable().size());
            notes.add(coldPlan.describe(tables));
            long[] apply = new long[1];
            ApplyResult applied;
            String applyFigure;
            try {
                applied = timed(apply, () -> Schemata.apply(request));
                applyFigure = apply[0] + " ms";
            } catch (RuntimeException e) {
                // one transaction for all statements: a large change set may exceed the target's lock table
                System.err.println("apply of " + tables + " tables failed: " + e.getMessage().lines().findFirst().orElse(""));
                applied = null;
                applyFigure = "failed";
            }
            long generate = time(() -> EntityGenerator.generate(desired, CodegenOptions.defaults()).writeTo(dir.resolve("out")));
            long peak = heap.peak();
            NoChangeGenerateBenchmark.Result noChange = NoChangeGenerateBenchmark.measure(tables);
            check(planned, applied, pure[0]);
            System.out.printf("| %d | %d | %d ms | %d ms | %s | %s | %d | %d ms | %d ms | %d ms | %d ms | %s | %d ms | %.1f ms"
                    + " | %.1f ms | %d MB |%n", tables, planned.plan().executable().size(), introspect, introspectOne,
                    dump < 0 ? "-" : dump + " ms", dump <= 0 ? "-" : String.format("%.2f", (double) introspect / dump),
                    queries[0], load[0], diff, plan[0], coldPlan.millis(), applyFigure, generate, noChange.medianMillis(),
                    noChange.coldMillis(), peak >> 20);
        }
    }

    /**
     * Reads the target as schema:apply does, and schema:plan a remote one: two connections in one snapshot, each
     * counted ({@code queries[0]}: the statements of both).
     */
    private static Catalog countedRead(EmbeddedPostgres target, int[] queries) throws SQLException {
        List<CountingConnection> counted = new ArrayList<>();
        Catalog read;
        try (Connection c = target.connect("postgres")) {
            counted.add(new CountingConnection(c));
            read = CatalogReader.read(counted.get(0).connection(), ALL, () -> {
                CountingConnection another = new CountingConnection(target.connect("postgres"));
                counted.add(another);
                return another.connection();
            });
        }
        queries[0] = counted.stream().mapToInt(CountingConnection::executed).sum();
        if (Boolean.getBoolean("bench.profile")) {
            counted.forEach(k -> System.out.print("slowest catalog queries:\n" + k.slowest(8)));
        }
        return read;
    }

    /**
     * Reads the target untimed, once per JVM, until the JIT compilers have settled: the first size would otherwise
     * time a reader the JIT is still compiling, against pg_dump's compiled C, where the sizes after it time a
     * compiled one. Ten reads were too few on a busier host: at 100 tables, reads kept the compilers busy for a tenth
     * of their time and more until about the thirtieth. The reads of a fresh JVM are in the cold full plan.
     */
    private void warmUpReader(EmbeddedPostgres target) throws SQLException {
        if (readerWarmedUp) {
            return;
        }
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        int reads = 0;
        int settled = 0;
        while (reads < READER_WARM_UPS_MAX
                && (reads < READER_WARM_UPS_MIN || settled < READER_WARM_UPS_SETTLED)) {
            long compiledBefore = jit.getTotalCompilationTime();
            long started = System.nanoTime();
            countedRead(target, new int[1]);
            long readMillis = (System.nanoTime() - started) / 1_000_000;
            settled = (jit.getTotalCompilationTime() - compiledBefore) * 10 < readMillis ? settled + 1 : 0;
            reads++;
        }
        readerWarmedUp = true;
        notes.add("before the first size, " + reads + " untimed reads of the target warmed up the reader"
                + (settled >= READER_WARM_UPS_SETTLED ? ", until " + READER_WARM_UPS_SETTLED
                        + " in a row each left the JIT compilers under a tenth of the read's time"
                        : " (the most it does; the JIT compilers had not settled)"));
    }

    private static void check(PlanResult planned, ApplyResult applied, Plan pure) {
        if (applied != null && applied.executed() != planned.plan().executable().size()) {
            throw new IllegalStateException("apply ran " + applied.executed() + " statements, the plan had "
                    + planned.plan().executable().size());
        }
        if (!pure.toSql().equals(planned.plan().toSql())) {
            System.err.println("WARNING: the plan of the catalogs read differs from the full plan");
        }
    }

    /** A line on how long the cold runs waited for an idle machine, for the reader to judge their figures. */
    static String idleWaits(List<Long> waits) {
        if (waits.isEmpty()) {
            return "no cold run";
        }
        if (waits.stream().anyMatch(w -> w == -1)) {
            return "cold runs started without waiting for an idle machine (no /proc/stat to tell)";
        }
        long gaveUp = waits.stream().filter(w -> w < 0).count();
        LongSummaryStatistics waited = waits.stream().mapToLong(Math::abs).summaryStatistics();
        String after = waited.getMin() / 100 == waited.getMax() / 100
                ? String.format(Locale.ROOT, "%.1f s", waited.getMax() / 1000.0)
                : String.format(Locale.ROOT, "%.1f to %.1f s", waited.getMin() / 1000.0, waited.getMax() / 1000.0);
        return "each cold run started once the machine was idle (under a tenth of a core for half a second), after "
                + after + (gaveUp == 0 ? "" : "; " + gaveUp + " of " + waits.size()
                        + " gave up waiting and started on a busy machine");
    }

    /** How the JVM compiles: the figures of short runs depend on it (-Dbench.tieredStopAtLevel). */
    private static String jit() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:TieredStopAtLevel=") && !a.endsWith("=4"))
                .findFirst().orElse("tiered (the JVM's default)");
    }

    /** The best wall-clock time of a few runs: the least disturbed by the other work on the machine. */
    /**
     * The full plan, timed into {@code millis}, then a plan by a later goal of the same build, which reuses its load.
     * The build's memo ends here: the steps after it run as goals of their own.
     */
    private PlanResult fullPlans(int tables, SchemataRequest request, long[] millis, List<String> timings)
            throws Exception {
        DeclaredSchemaMemo build = DeclaredSchemaMemo.lastLoaded(); // as the plugin keeps one per build
        PlanResult planned = timed(millis, () -> Schemata.plan(request.withMemo(build)));
        notes.add("full plan of " + tables + " tables, as the goal logs it: " + timings.get(timings.size() - 1));
        PlanResult[] again = new PlanResult[1];
        long reused = time(() -> again[0] = Schemata.plan(request.withMemo(build)));
        if (again[0].plan().executable().size() != planned.plan().executable().size()) {
            throw new IllegalStateException("the plan reusing the load differs from the one that loaded");
        }
        notes.add("plan of " + tables + " tables by a later goal of the same build, reusing that load: " + reused
                + " ms (" + timings.get(timings.size() - 1) + ")");
        return planned;
    }

    private static long best(Callable<?> work) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < REPEATS; i++) {
            best = Math.min(best, time(work));
        }
        return best;
    }

    static long time(Callable<?> work) throws Exception {
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
}
