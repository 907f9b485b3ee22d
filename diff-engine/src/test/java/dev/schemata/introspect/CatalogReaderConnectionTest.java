package dev.schemata.introspect;

import dev.schemata.FreshDatabases;

import static dev.schemata.FreshDatabases.execute;
import static dev.schemata.introspect.TestResources.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.SchemaFilter;
import dev.schemata.catalog.Catalog;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How reading uses the connection: one read-only snapshot, then the connection as it was. */
class CatalogReaderConnectionTest {
    private static FreshDatabases databases;

    @BeforeAll
    static void start() throws Exception {
        databases = FreshDatabases.start("t");
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    @Test
    void theSameSchemaReadTwiceOrInTwoDatabasesGivesEqualCatalogs() throws Exception {
        try (Connection first = databases.fresh(); Connection second = databases.fresh()) {
            execute(first, resource("rich-schema.sql"));
            execute(second, resource("rich-schema.sql"));
            Catalog a = CatalogReader.read(first, SchemaFilter.allUserSchemas());
            Catalog again = CatalogReader.read(first, SchemaFilter.allUserSchemas());
            Catalog b = CatalogReader.read(second, SchemaFilter.allUserSchemas());
            assertEquals(a, again);
            assertEquals(a, b);
            assertEquals(a.fingerprint(), b.fingerprint());
            execute(second, "COMMENT ON TABLE sales.orders IS 'changed'");
            assertNotEquals(a.fingerprint(), CatalogReader.read(second, SchemaFilter.allUserSchemas()).fingerprint());
        }
    }

    @Test
    void readingOnTwoConnectionsGivesTheCatalogOfOneAndClosesTheSecond() throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, resource("rich-schema.sql"));
            List<Connection> opened = new ArrayList<>();
            Catalog two = CatalogReader.read(c, SchemaFilter.allUserSchemas(), () -> {
                Connection another = databases.another(c);
                opened.add(another);
                return another;
            });
            assertEquals(CatalogReader.read(c, SchemaFilter.allUserSchemas()).toCanonicalText(), two.toCanonicalText());
            assertEquals(1, opened.size());
            assertTrue(opened.get(0).isClosed(), "the reader closes the connection it opened");
            assertTrue(c.getAutoCommit());
            assertFalse(c.isReadOnly());
        }
    }

    @Test
    void theSecondConnectionReadsTheSnapshotOfTheFirst() throws Exception {
        try (Connection c = databases.fresh(); Connection writer = databases.another(c)) {
            execute(c, resource("rich-schema.sql"));
            Catalog before = CatalogReader.read(c, SchemaFilter.allUserSchemas());
            // a change committed after the first connection took its snapshot, before the second one joined it
            Catalog read = CatalogReader.read(c, SchemaFilter.allUserSchemas(), () -> {
                execute(writer, "ALTER TABLE sales.orders ADD CONSTRAINT later_check CHECK (id > 0);"
                        + " CREATE INDEX later_index ON sales.orders (id); COMMENT ON TABLE sales.orders IS 'later'");
                return databases.another(c);
            });
            assertEquals(before.toCanonicalText(), read.toCanonicalText(),
                    "constraints and indexes (second connection) as of the snapshot of the first");
        }
    }

    @Test
    void whenNoSecondConnectionCanBeHadTheFirstReadsEverything() throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, resource("rich-schema.sql"));
            Catalog read = CatalogReader.read(c, SchemaFilter.allUserSchemas(), () -> {
                throw new SQLException("too many connections", "53300");
            });
            assertEquals(CatalogReader.read(c, SchemaFilter.allUserSchemas()).toCanonicalText(), read.toCanonicalText());
        }
    }

    @Test
    void aRoleThatMayNotExportItsSnapshotReadsOnOneConnection() throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, resource("rich-schema.sql"));
            execute(c, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'no_export') THEN"
                    + " CREATE ROLE no_export LOGIN; END IF; END $$;"
                    + " REVOKE EXECUTE ON FUNCTION pg_catalog.pg_export_snapshot() FROM PUBLIC");
            try (Connection limited = databases.another(c)) {
                execute(limited, "SET ROLE no_export");
                Catalog read = CatalogReader.read(limited, SchemaFilter.allUserSchemas(), () -> databases.another(c));
                assertEquals(CatalogReader.read(c, SchemaFilter.allUserSchemas()).toCanonicalText(),
                        read.toCanonicalText());
                assertTrue(limited.getAutoCommit());
            } finally {
                execute(c, "GRANT EXECUTE ON FUNCTION pg_catalog.pg_export_snapshot() TO PUBLIC");
            }
        }
    }

    @Test
    void sessionSettingsDoNotChangeHowTheSchemaPrints() throws Exception {
        try (Connection plain = databases.fresh(); Connection tuned = databases.fresh()) {
            execute(plain, resource("rich-schema.sql"));
            execute(tuned, resource("rich-schema.sql"));
            execute(tuned, "SET search_path = sales, public; SET IntervalStyle = 'iso_8601';"
                    + " SET TimeZone = 'Asia/Tokyo'; SET extra_float_digits = 0");
            assertEquals(CatalogReader.read(plain, SchemaFilter.allUserSchemas()).toCanonicalText(),
                    CatalogReader.read(tuned, SchemaFilter.allUserSchemas()).toCanonicalText());
        }
    }

    @Test
    void readsInOneReadOnlyRepeatableReadTransactionWithFixedSettings() throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, "SET search_path = public; SET TimeZone = 'Europe/Berlin'");
            String inside = ReadOnlySnapshot.run(c, () -> show(c, "transaction_isolation") + "|"
                    + show(c, "transaction_read_only") + "|" + show(c, "search_path") + "|" + show(c, "TimeZone"));
            assertEquals("repeatable read|on|\"\"|UTC", inside);
            assertEquals("public|Europe/Berlin", show(c, "search_path") + "|" + show(c, "TimeZone"),
                    "the settings last only for the catalog transaction");
        }
    }

    @Test
    void catalogQueriesRunWithoutJitAndSortInMemoryWhateverTheSession() throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, "SET jit = on; SET work_mem = '1MB'");
            assertEquals("off|64MB", ReadOnlySnapshot.run(c, () -> show(c, "jit") + "|" + show(c, "work_mem")));
            assertEquals("on|1MB", show(c, "jit") + "|" + show(c, "work_mem"),
                    "the settings last only for the catalog transaction");
        }
    }

    @Test
    void aFailureInsideTheSnapshotStillPutsTheConnectionBack() throws Exception {
        try (Connection c = databases.fresh()) {
            SQLException e = assertThrows(SQLException.class, () -> ReadOnlySnapshot.run(c, () -> {
                execute(c, "CREATE TABLE written_while_reading (id integer)");
                return null;
            }));
            assertEquals("25006", e.getSQLState(), "read-only transaction: " + e.getMessage());
            assertTrue(c.getAutoCommit());
            assertFalse(c.isReadOnly());
            execute(c, "CREATE TABLE written_after_reading (id integer)");
        }
    }

    @Test
    void leavesAnAutoCommitConnectionAsItWas() throws Exception {
        try (Connection c = databases.fresh()) {
            CatalogReader.read(c, SchemaFilter.allUserSchemas());
            assertTrue(c.getAutoCommit());
            assertFalse(c.isReadOnly());
            assertEquals(Connection.TRANSACTION_READ_COMMITTED, c.getTransactionIsolation());
            execute(c, "CREATE TABLE written_after_reading (id integer)");
        }
    }

    @Test
    void leavesAManualCommitConnectionAsItWas() throws Exception {
        try (Connection c = databases.fresh()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            CatalogReader.read(c, SchemaFilter.allUserSchemas());
            assertFalse(c.getAutoCommit());
            assertFalse(c.isReadOnly());
            assertEquals(Connection.TRANSACTION_SERIALIZABLE, c.getTransactionIsolation());
            execute(c, "CREATE TABLE written_after_reading (id integer)");
            assertEquals("serializable", show(c, "transaction_isolation"));
            c.commit();
        }
    }

    @Test
    void refusesAConnectionInsideATransactionAndLeavesThatTransactionAlone() throws Exception {
        try (Connection c = databases.fresh()) {
            c.setAutoCommit(false);
            execute(c, "CREATE TABLE uncommitted (id integer)");
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> CatalogReader.read(c, SchemaFilter.allUserSchemas()));
            assertTrue(e.getMessage().contains("commit or roll it back first"), e.getMessage());
            c.commit();
            assertEquals(1, CatalogReader.read(c, SchemaFilter.allUserSchemas()).tables().size(),
                    "the caller's work was not rolled back");
        }
    }

    @Test
    void aFailingReadSaysWhatFailed() throws Exception {
        Connection c = databases.fresh();
        c.close();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CatalogReader.read(c, SchemaFilter.allUserSchemas()));
        assertTrue(e.getMessage().startsWith("cannot read the database schema"), e.getMessage());
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
