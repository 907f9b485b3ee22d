package dev.schemata.maven;

import dev.schemata.SchemaFilter;
import dev.schemata.Schemata;
import dev.schemata.bench.ChildJvm;
import dev.schemata.bench.SyntheticSchema;
import dev.schemata.bench.TempDirectories;
import dev.schemata.catalog.Catalog;
import dev.schemata.codegen.CodegenOptions;
import dev.schemata.codegen.EntityGenerator;
import dev.schemata.shadow.ShadowOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;

/**
 * The build time {@code schema:generate} adds when nothing changed: {@link GenerateMojo#execute()} itself,
 * on a synthetic schema of N tables in one file per table, after a first generation. It lives in the
 * plugin's package to set the goal's parameters as Maven would. Prints the call as the first work of a new JVM
 * (class loading included: what a fresh {@code mvn} run pays) and the median of 20 in this one.
 * Arguments: table counts, comma separated (default 100); or {@code --cold <project>}, which runs the goal once
 * on a project generated before and prints its milliseconds (the new JVM's part).
 */
public final class NoChangeGenerateBenchmark {
    private static final int RUNS = 20;

    private NoChangeGenerateBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--cold")) {
            GenerateMojo mojo = mojo(Path.of(args[1]));
            long started = System.nanoTime();
            mojo.execute();
            System.out.printf(java.util.Locale.ROOT, "%.1f%n", (System.nanoTime() - started) / 1e6);
            return;
        }
        System.out.println("| tables | schema files | generated files | no-change generate in a new JVM | median of " + RUNS + " |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: |");
        for (String n : (args.length == 0 ? "100" : args[0]).split(",")) {
            run(Integer.parseInt(n.strip()));
        }
    }

    /** One size's figures: the call as the first work of a new JVM, and the median of 20 in this one, in milliseconds. */
    public record Result(int schemaFiles, int generatedFiles, double coldMillis, double medianMillis) {}

    private static void run(int tables) throws Exception {
        Result r = measure(tables);
        System.out.printf("| %d | %d | %d | %.1f ms | %.1f ms |%n", tables, r.schemaFiles(), r.generatedFiles(),
                r.coldMillis(), r.medianMillis());
    }

    /** Generates once for a synthetic schema of {@code tables} tables, then times the goal when nothing changed. */
    public static Result measure(int tables) throws Exception {
        Path project = Files.createTempDirectory("schemata-no-change-");
        try {
            return measure(tables, project);
        } finally {
            TempDirectories.delete(project);
        }
    }

    private static Result measure(int tables, Path project) throws Exception {
        int schemaFiles = writeSchema(project.resolve("src/main/schema"), tables);
        Path output = project.resolve("target/generated-sources/schema");

        // The first build, as the goal's run() does it, with the embedded shadow of the class path.
        GenerateMojo first = mojo(project);
        CodegenOptions options = first.options();
        Catalog catalog = Schemata.loadDesired(first.source(), ShadowOptions.embedded(), 0, SchemaFilter.allUserSchemas(),
                line -> {});
        int generated = EntityGenerator.generate(catalog, options).writeTo(output).written().size();
        new GeneratedState(first.inputHashFile.toPath(), output).remember(first.inputHash(options, first.source(),
                GenerateMojo.Generator.ENTITIES, null, JooqConfiguration.fromPlexus(null)));

        List<Long> micros = new ArrayList<>();
        for (int i = 0; i <= RUNS; i++) {
            GenerateMojo mojo = mojo(project);
            long started = System.nanoTime();
            mojo.execute();
            micros.add((System.nanoTime() - started) / 1000);
            if (!mojo.project.getCompileSourceRoots().contains(output.toAbsolutePath().toString())) {
                throw new IllegalStateException("the source root was not registered");
            }
        }
        micros.remove(0); // loads what the goal needs: the median is of the calls after it
        Collections.sort(micros);
        double cold = Double.parseDouble(ChildJvm.lastLine(NoChangeGenerateBenchmark.class, "\\d+\\.\\d", "--cold",
                project.toString()));
        return new Result(schemaFiles, generated, cold, micros.get(RUNS / 2) / 1000.0);
    }

    /** The synthetic schema split after each table's statements: an enum file, then one file per table. */
    private static int writeSchema(Path dir, int tables) throws Exception {
        Files.createDirectories(dir);
        String[] parts = SyntheticSchema.base(tables, 42).split("(?=\nCREATE TABLE )");
        // written an hour ago, as files a build has not just changed: one modified in the last two seconds is read
        // again whatever its size and time (see the plugin's FileDigests)
        FileTime anHourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        for (int i = 0; i < parts.length; i++) {
            Path file = Files.writeString(dir.resolve(String.format("%05d.sql", i)), parts[i].strip() + "\n");
            Files.setLastModifiedTime(file, anHourAgo);
        }
        return parts.length;
    }

    /** The goal with the parameters Maven would give it by default, and a log that insists on the skip. */
    private static GenerateMojo mojo(Path project) {
        GenerateMojo mojo = new GenerateMojo();
        mojo.dir = project.resolve("src/main/schema").toFile();
        mojo.outputDirectory = project.resolve("target/generated-sources/schema").toFile();
        mojo.inputHashFile = project.resolve("target/schema/generate.sha256").toFile();
        mojo.packageName = CodegenOptions.DEFAULT_PACKAGE;
        mojo.style = CodegenOptions.Style.RECORD;
        mojo.keyStyle = CodegenOptions.KeyStyle.ID_CLASS;
        mojo.versionColumns = CodegenOptions.DEFAULT_VERSION_COLUMNS;
        mojo.jpa = true;
        mojo.validation = true;
        mojo.postgresVersion = 17;
        mojo.project = new MavenProject();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                if (!content.toString().startsWith("Generated sources are up to date")) {
                    throw new IllegalStateException("expected no work, got: " + content);
                }
            }
        });
        return mojo;
    }
}
