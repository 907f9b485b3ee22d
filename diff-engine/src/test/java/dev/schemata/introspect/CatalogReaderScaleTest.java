package dev.schemata.introspect;

import dev.schemata.FreshDatabases;

import static dev.schemata.FreshDatabases.execute;
import static dev.schemata.introspect.TestResources.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemata.SchemaFilter;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Table;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The number of catalog queries does not grow with the number of tables (nor views, triggers, policies). */
class CatalogReaderScaleTest {
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
    void runsAsManyQueriesForAThousandTablesAsForTen() throws Exception {
        int queriesForTen = queriesToRead(10);
        int queriesForThousand = queriesToRead(1000);
        assertEquals(CatalogQuery.values().length - 4, queriesForTen, "one query per kind besides the settings and"
                + " the missing roles, in one form of the two the publication queries have");
        assertEquals(38, queriesForTen, "schemas, tables, columns, constraints, indexes, enums, sequences,"
                + " extensions, views, routines, triggers, event triggers, domains, domain constraints, composite types,"
                + " policies, dependencies, privileges, collations, statistics, aggregates, range types, casts,"
                + " operators, operator families, operator classes, text search dictionaries, configurations, templates and parsers,"
                + " conversions, foreign data wrappers, foreign servers, user mappings, publications, publication tables,"
                + " owners, default privileges");
        assertEquals(queriesForTen, queriesForThousand);
    }

    private static int queriesToRead(int tables) throws Exception {
        try (Connection c = databases.fresh()) {
            createTables(c, tables);
            QueryRunner runner = new QueryRunner(c);
            long start = System.nanoTime();
            Catalog catalog = CatalogReader.read(runner, SchemaFilter.allUserSchemas());
            long coldMillis = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            CatalogReader.read(c, SchemaFilter.allUserSchemas());
            long warmMillis = (System.nanoTime() - start) / 1_000_000;
            // A figure to watch, not to assert: timing depends on the machine.
            System.out.printf("CatalogReader: %d tables read in %d ms (first read), %d ms (second)%n",
                    tables, coldMillis, warmMillis);
            assertEquals(tables, catalog.tables().size());
            assertEquals(tables, catalog.views().size());
            assertEquals(tables, catalog.triggers().size());
            assertEquals(tables, catalog.policies().size());
            assertEquals(tables, catalog.dependencies().size(), "each view needs its table");
            for (Table t : catalog.tables()) {
                assertEquals(5, t.columns().size(), t.name().toString());
                assertEquals(2, t.constraints().size(), t.name().toString());
                assertEquals(1, t.indexes().size(), t.name().toString());
            }
            return runner.executed();
        }
    }

    private static void createTables(Connection c, int count) throws Exception {
        String script = resource("many-tables.sql");
        for (int first = 1; first <= count; first += 100) {
            int last = Math.min(count, first + 99);
            execute(c, script.replace(":first", Integer.toString(first)).replace(":last", Integer.toString(last)));
        }
    }
}
