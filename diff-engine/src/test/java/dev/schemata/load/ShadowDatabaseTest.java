package dev.schemata.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.SchemataException;
import dev.schemata.shadow.BinariesResolver;
import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PostgresBinaries;
import dev.schemata.shadow.ShadowOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShadowDatabaseTest {
    private static final PostgresBinaries BINARIES = PostgresBinaries.fromClassPath().orElseThrow();
    /** Stands in for a configured shadow server (schema.shadowUrl). */
    private static EmbeddedPostgres server;

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedPostgres.startTemporary(BINARIES);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void anEmbeddedShadowLoadsAPgDumpSchemaCreatingItsRoles() throws Exception {
        Path dump = SchemaLoaderTest.resource("pg-dump/schema.sql");
        try (ShadowDatabase shadow = ShadowDatabase.open(ShadowOptions.embedded(), 0)) {
            assertEquals("shadow", query(shadow.connection(), "select current_database()"));
            assertEquals(String.valueOf(BinariesResolver.DEFAULT_MAJOR),
                    query(shadow.connection(), "select current_setting('server_version_num')::int / 10000"));
            assertEquals("off", query(shadow.connection(), "select current_setting('autovacuum')"), "a throwaway server");

            List<String> warnings = SchemaLoader.load(SchemaFiles.inDirectory(dump.getParent(), false), shadow);

            assertEquals(List.of(), warnings);
            Connection c = shadow.connection();
            assertEquals("customers,orders", query(c, "select string_agg(tablename, ',' order by tablename)"
                    + " from pg_tables where schemaname = 'public'"));
            assertEquals("some_owner", query(c, "select tableowner from pg_tables where tablename = 'orders'"));
            assertEquals("t", query(c, "select has_table_privilege('reporting', 'public.orders', 'select')"));
            assertEquals("customers_email_key,customers_pkey,customers_tags_idx,orders_customer_id_idx,orders_pkey",
                    query(c, "select string_agg(indexname, ',' order by indexname) from pg_indexes"
                            + " where schemaname = 'public'"));
            assertEquals("customers.id", query(c, "select d.refobjid::regclass || '.' || a.attname"
                    + " from pg_depend d join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid"
                    + " where d.objid = 'public.customers_id_seq'::regclass and d.deptype = 'a'"));
            assertEquals("People who order; one row each, it's that simple.",
                    query(c, "select obj_description('public.customers'::regclass, 'pg_class')"));
            assertEquals("'Hello;\n''friend'''::text", query(c, "select pg_get_expr(adbin, adrelid) from pg_attrdef"
                    + " where adrelid = 'public.customers'::regclass and adnum = 4"));
            assertEquals("2", query(c, "select count(*) from pg_proc where pronamespace = 'public'::regnamespace"
                    + " and proname in ('touch_updated_at', 'order_count')"));
            assertEquals("\"$user\", public", query(c, "show search_path"));
        }
    }

    @Test
    void aConfiguredServerGetsATemporaryDatabaseThatIsDroppedOnClose() throws Exception {
        ShadowOptions options = new ShadowOptions(server.jdbcUrl("postgres") + "?ApplicationName=test", "postgres",
                null, BinariesResolver.fromClassPathOrLocalRepository(), 0);
        String name;
        try (ShadowDatabase shadow = ShadowDatabase.open(options, 13)) {
            name = shadow.databaseName();
            assertTrue(name.matches("schemata_shadow_\\d{14}_[0-9a-f]{8}"), name);
            assertEquals(name, query(shadow.connection(), "select current_database()"));
            assertEquals("1", onServer("select count(*) from pg_database where datname = '" + name + "'"));

            Path file = java.nio.file.Files.writeString(java.nio.file.Files.createTempFile("shadow", ".sql"),
                    "CREATE TABLE t (id int);\nALTER TABLE t OWNER TO nobody_here;\n");
            SchemaFileException e = assertThrows(SchemaFileException.class,
                    () -> SchemaLoader.load(new SchemaSource(List.of(file), false), shadow));
            assertTrue(e.getMessage().contains("CREATE ROLE nobody_here NOLOGIN"), e.getMessage());
            java.nio.file.Files.delete(file);
        }
        assertEquals("0", onServer("select count(*) from pg_database where datname = '" + name + "'"));
    }

    @Test
    void closingInTheBackgroundHasDroppedTheDatabaseOnceTheHandleIsClosed() throws Exception {
        ShadowOptions options = new ShadowOptions(server.jdbcUrl("postgres"), "postgres", null,
                BinariesResolver.fromClassPathOrLocalRepository(), 0);
        ShadowDatabase shadow = ShadowDatabase.open(options, 0);
        String name = shadow.databaseName();
        shadow.closeInBackground().close();
        assertEquals("0", onServer("select count(*) from pg_database where datname = '" + name + "'"));
    }

    @Test
    void aWrongPasswordIsNeverShownInTheError() {
        ShadowOptions options = new ShadowOptions("jdbc:postgresql://127.0.0.1:1/postgres?password=s3cret-url",
                "postgres", "s3cret-prop", BinariesResolver.fromClassPathOrLocalRepository(), 0);
        SchemataException e = assertThrows(SchemataException.class, () -> ShadowDatabase.open(options, 0));
        assertTrue(e.getMessage().contains("Cannot connect to the shadow server"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    private static String onServer(String sql) throws SQLException {
        try (Connection c = server.connect("postgres")) {
            return query(c, sql);
        }
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
