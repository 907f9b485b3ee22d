package dev.schemata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.load.SchemaSource;
import dev.schemata.plan.Phase;
import dev.schemata.plan.PlanOptions;
import dev.schemata.shadow.BinariesResolver;
import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PostgresBinaries;
import dev.schemata.shadow.ShadowOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Apply refuses hazards not allowed, changing nothing, and applies expand then contract phases. */
class SchemataApplyGatesTest {
    private static EmbeddedPostgres server;
    private static int databases;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.startTemporary(PostgresBinaries.fromClassPath().orElseThrow());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aHazardNotAllowedIsRefusedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        String db = database("CREATE TABLE t (n integer, c text); INSERT INTO t VALUES (1, 'a')");
        Path schema = Files.writeString(dir.resolve("t.sql"),
                "CREATE TABLE t (n bigint, c text);\nCREATE INDEX t_c ON t (c);\n");
        SchemataException e = assertThrows(SchemataException.class,
                () -> Schemata.apply(request(db, schema, PlanOptions.defaults())));
        assertTrue(e.getMessage().startsWith("The plan has 1 statement with hazards that schema.allowHazards does "
                + "not allow; nothing was applied:\n"), e.getMessage());
        assertTrue(e.getMessage().contains("ALTER TABLE public.t ALTER COLUMN n TYPE bigint"), e.getMessage());
        assertTrue(e.getMessage().contains("     needs TABLE_REWRITE: rewrites public.t"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dschema.allowHazards=TABLE_REWRITE,ACCESS_EXCLUSIVE_LOCK,INDEX_BUILD,"
                + "INDEX_DROPPED,VALIDATION_SCAN,NOT_TRANSACTIONAL,UNTRACKABLE_DEPENDENCY"), e.getMessage());
        assertEquals("integer", query(db, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                + "WHERE attrelid = 't'::regclass AND attname = 'n'"), "the target is unchanged");
        assertEquals("0", query(db, "SELECT count(*) FROM pg_indexes WHERE indexname = 't_c'"), "the index too");

        PlanOptions allowing = PlanOptions.builder()
                .allowHazards("INDEX_BUILD,NOT_TRANSACTIONAL,TABLE_REWRITE,ACCESS_EXCLUSIVE_LOCK").build();
        ApplyResult applied = Schemata.apply(request(db, schema, allowing));
        assertEquals(2, applied.executed());
        assertEquals("bigint", query(db, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                + "WHERE attrelid = 't'::regclass AND attname = 'n'"));
    }

    @Test
    void expandThenContractConverge(@TempDir Path dir) throws Exception {
        String db = database("CREATE TABLE t (id integer PRIMARY KEY, name text, legacy text);"
                + "INSERT INTO t VALUES (1, 'a', 'x')");
        Path schema = Files.writeString(dir.resolve("t.sql"),
                "CREATE TABLE t (id integer PRIMARY KEY, name text NOT NULL, email text);\n");
        PlanOptions expand = PlanOptions.builder().allowDrop(true).phase(Phase.EXPAND).build();
        ApplyResult expanded = Schemata.apply(request(db, schema, expand));
        assertEquals(1, expanded.executed(), expanded.planned().plan().toSql());
        assertEquals("1", query(db, "SELECT count(*) FROM pg_attribute WHERE attrelid = 't'::regclass "
                + "AND attname = 'legacy' AND NOT attisdropped"), "the drop waits for contract");

        PlanOptions contract = expand.toBuilder().phase(Phase.CONTRACT).build();
        ApplyResult contracted = Schemata.apply(request(db, schema, contract));
        assertEquals(List.of(), contracted.planned().plan().skipped());
        assertTrue(Schemata.plan(request(db, schema, PlanOptions.allowingDrops())).plan().statements().isEmpty());
    }

    private static SchemataRequest request(String db, Path schema, PlanOptions options) {
        ShadowOptions shadow = new ShadowOptions(server.jdbcUrl("postgres"), "postgres", null,
                BinariesResolver.fromClassPathOrLocalRepository(), 0);
        return new SchemataRequest(new TargetDatabase(server.jdbcUrl(db), "postgres", null),
                new SchemaSource(List.of(schema), false), shadow, SchemaFilter.allUserSchemas(), options, line -> { });
    }

    private static String database(String sql) throws SQLException {
        String name = "gates_" + (++databases);
        try (Connection admin = server.connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        try (Connection c = server.connect(name); Statement s = c.createStatement()) {
            s.execute(sql);
        }
        return name;
    }

    private static String query(String db, String sql) throws SQLException {
        try (Connection c = server.connect(db); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
