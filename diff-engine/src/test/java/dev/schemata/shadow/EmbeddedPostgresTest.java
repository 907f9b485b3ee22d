package dev.schemata.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresTest {
    private static final PostgresBinaries BINARIES = PostgresBinaries.fromClassPath().orElseThrow();

    @Test
    void startsQueriesAndDeletesATemporaryServer() throws Exception {
        Path data;
        try (EmbeddedPostgres pg = EmbeddedPostgres.startTemporary(BINARIES);
                Connection c = pg.connect("postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_setting('server_version_num')::int / 10000")) {
            rs.next();
            assertEquals(BINARIES.major(), rs.getInt(1));
            assertEquals(BINARIES.major(), pg.majorVersion());
            data = pg.dataDirectory();
            assertTrue(Files.isDirectory(data));
        }
        assertFalse(Files.exists(data.resolve("postmaster.pid")), "the server has stopped when close returns");
        // the watchdog process deletes the files once the server has stopped, while this JVM goes on
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Files.exists(data) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertFalse(Files.exists(data), "a temporary server's data is deleted on close");
    }

    @Test
    void oneTransactionCreatesAThousandTables() throws Exception {
        // with PostgreSQL's 64 locks per transaction this fails with "out of shared memory", as did an apply of
        // the benchmark's 1000 tables into an embedded: target, and would schema files wrapped in BEGIN/COMMIT
        try (EmbeddedPostgres pg = EmbeddedPostgres.startTemporary(BINARIES);
                Connection c = pg.connect("postgres");
                Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN FOR i IN 1..1000 LOOP"
                    + " EXECUTE format('CREATE TABLE t%s (id int PRIMARY KEY, name text UNIQUE)', i);"
                    + " END LOOP; END $$");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename LIKE 't%'")) {
                rs.next();
                assertEquals(1000, rs.getInt(1));
            }
        }
    }

    @Test
    void aPersistentServerKeepsItsDataAcrossRestarts() throws Exception {
        String name = "test-" + System.nanoTime();
        Path data;
        try (EmbeddedPostgres pg = EmbeddedPostgres.startPersistent(BINARIES, name);
                Connection c = pg.connect("postgres");
                Statement s = c.createStatement()) {
            s.execute("create table kept (id int)");
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.startPersistent(BINARIES, name);
                Connection c = pg.connect("postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pg_class where relname = 'kept'")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
            data = pg.dataDirectory();
        }
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void startsFromAFreshCacheInAPrivateTemporaryFolder() throws Exception {
        // a folder only its owner may enter, as Files.createTempDirectory makes it: as root the server
        // runs as nobody and must still reach the binaries unpacked there
        Path cache = Files.createTempDirectory("schemata-cache-test-");
        String previous = System.getProperty("schemata.cache");
        System.setProperty("schemata.cache", cache.toString());
        try (EmbeddedPostgres pg = EmbeddedPostgres.startTemporary(BINARIES);
                Connection c = pg.connect("postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select 1")) {
            assertTrue(rs.next());
        } finally {
            if (previous == null) System.clearProperty("schemata.cache"); else System.setProperty("schemata.cache", previous);
            try (var files = Files.walk(cache)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
