package dev.schemata.introspect;

import static dev.schemata.FreshDatabases.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.schemata.FreshDatabases;
import dev.schemata.SchemaFilter;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.ForeignDataWrapper;
import dev.schemata.catalog.Publication;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.UserMapping;
import dev.schemata.plan.Plan;
import dev.schemata.plan.PlanOptions;
import dev.schemata.plan.Planner;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Foreign data and publications as read from a live database: scope, secrets, version-dependent parts. */
class ForeignDataReaderTest {
    private static final String SECRET = "sup3r-secret-value";

    private static FreshDatabases databases;

    @BeforeAll
    static void start() throws Exception {
        databases = FreshDatabases.start("fdw");
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    @Test
    void secretOptionsOfUserMappingsAreNeverRead() throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, "CREATE FOREIGN DATA WRAPPER dummy;"
                    + "CREATE SERVER remote FOREIGN DATA WRAPPER dummy;"
                    + "CREATE USER MAPPING FOR PUBLIC SERVER remote OPTIONS (user 'reader', password '" + SECRET
                    + "', sslpassword '" + SECRET + "', \"Password\" '" + SECRET + "')");
            Catalog catalog = CatalogReader.read(c, SchemaFilter.allUserSchemas());
            assertEquals(List.of(new UserMapping("remote", null, List.of("user=reader"))), catalog.userMappings());
            assertFalse(catalog.toCanonicalText().contains(SECRET), catalog.toCanonicalText());
            Plan create = Planner.plan(Catalog.empty(), catalog, PlanOptions.allowingDrops());
            Plan drop = Planner.plan(catalog, Catalog.empty(), PlanOptions.allowingDrops());
            assertFalse(create.toSql().contains(SECRET) || drop.toSql().contains(SECRET));
            assertTrue(drop.toSql().contains("DELETES_DATA: drops user mapping for PUBLIC server remote"), drop.toSql());
        }
    }

    @Test
    void wrappersOfExtensionsAreLeftToTheExtension() throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, "CREATE EXTENSION postgres_fdw; CREATE FOREIGN DATA WRAPPER mine VALIDATOR postgres_fdw_validator;"
                    + "CREATE SERVER there FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'h', dbname 'd')");
            Catalog catalog = CatalogReader.read(c, SchemaFilter.allUserSchemas());
            assertEquals(List.of(new ForeignDataWrapper("mine", null,
                    QualifiedName.of("public", "postgres_fdw_validator"), List.of(), null)), catalog.foreignDataWrappers());
            assertEquals("postgres_fdw", catalog.foreignServer("there").orElseThrow().wrapper());
        }
    }

    @Test
    void publicationsWithColumnListsRowFiltersAndSchemas() throws Exception {
        try (Connection c = databases.fresh()) {
            assumeTrue(c.getMetaData().getDatabaseMajorVersion() >= 15, "column lists came with PostgreSQL 15");
            execute(c, "CREATE SCHEMA s; CREATE TABLE t (a integer PRIMARY KEY, b integer, c text);"
                    + "CREATE PUBLICATION p FOR TABLE t (b, a) WHERE (b > 1) WITH (publish = 'insert, delete');"
                    + "CREATE PUBLICATION q FOR TABLES IN SCHEMA s");
            List<Publication> publications = CatalogReader.read(c, SchemaFilter.allUserSchemas()).publications();
            Publication p = publications.get(0);
            assertEquals(List.of(new Publication.PublishedTable(QualifiedName.of("public", "t"), List.of("a", "b"),
                    "(b > 1)")), p.tables(), "columns in table order");
            assertEquals(List.of("insert", "delete"), p.publish());
            assertEquals(List.of("s"), publications.get(1).schemas());
        }
    }
}
