package dev.schemata.bench;

import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PostgresBinaries;
import java.nio.file.Files;
import java.nio.file.Path;

/** How long a shadow server takes to start: cold (unpack, initdb) in an empty cache, then warm. */
final class ShadowStart {
    private ShadowStart() {}

    static void print(PostgresBinaries binaries) throws Exception {
        Path cache = Files.createTempDirectory("schemata-bench-cache-");
        String previous = System.getProperty("schemata.cache");
        System.setProperty("schemata.cache", cache.toString());
        try {
            long cold = Benchmark.time(() -> stop(EmbeddedPostgres.startTemporary(binaries)));
            long warm = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                warm = Math.min(warm, Benchmark.time(() -> stop(EmbeddedPostgres.startTemporary(binaries))));
            }
            System.out.printf("shadow start (PostgreSQL %s): cold %d ms (unpack, initdb, start), warm %d ms (best of 5)%n",
                    binaries.version(), cold, warm);
        } finally {
            if (previous == null) System.clearProperty("schemata.cache"); else System.setProperty("schemata.cache", previous);
            TempDirectories.delete(cache); // the unpacked binaries
        }
    }

    private static Object stop(EmbeddedPostgres server) {
        server.close();
        return null;
    }
}
