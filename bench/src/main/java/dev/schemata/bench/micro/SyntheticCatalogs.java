package dev.schemata.bench.micro;

import dev.schemata.SchemaFilter;
import dev.schemata.Schemata;
import dev.schemata.bench.SyntheticSchema;
import dev.schemata.catalog.Catalog;
import dev.schemata.load.SchemaSource;
import dev.schemata.shadow.BinariesResolver;
import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PostgresBinaries;
import dev.schemata.shadow.ShadowOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The two catalogs of the synthetic schema of N tables, as the whole-run benchmark builds them: the base schema
 * run into an embedded server and read back (current), the mutated one loaded through a shadow (desired).
 * Built once per trial: the servers are gone before the first measured call, which touches memory only.
 */
@State(Scope.Benchmark)
public class SyntheticCatalogs {
    private static final long SEED = 42;
    /** The whole-run benchmark's default: half the tables changed, two changes each, some new and dropped. */
    private static final double CHANGED = 0.5;
    private static final SchemaFilter ALL = SchemaFilter.allUserSchemas();

    @Param({"100", "1000"})
    public int tables;

    Catalog current;
    Catalog desired;

    @Setup(Level.Trial)
    public void load() throws Exception {
        PostgresBinaries binaries = BinariesResolver.fromClassPathOrLocalRepository()
                .resolve(BinariesResolver.DEFAULT_MAJOR);
        try (EmbeddedPostgres target = EmbeddedPostgres.startTemporary(binaries);
                Connection c = target.connect("postgres")) {
            try (Statement s = c.createStatement()) {
                s.execute(SyntheticSchema.base(tables, SEED));
            }
            current = Schemata.readLive(c, ALL);
        }
        Path dir = Files.createTempDirectory("schemata-jmh-");
        try {
            Path file = Files.writeString(dir.resolve("schema.sql"), SyntheticSchema.mutated(tables, CHANGED, SEED));
            desired = Schemata.loadDesired(new SchemaSource(List.of(file), false), ShadowOptions.embedded(),
                    binaries.major(), ALL, line -> { });
            Files.delete(file);
        } finally {
            Files.delete(dir);
        }
    }
}
