package dev.schemata.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.FreshDatabases;
import dev.schemata.SchemaFilter;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Index;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.introspect.CatalogReader;
import dev.schemata.plan.Plan;
import dev.schemata.plan.PlanOptions;
import dev.schemata.plan.Planner;
import dev.schemata.plan.PlannedStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An index that an interrupted CREATE INDEX CONCURRENTLY left INVALID is read as such and built again. */
class InvalidIndexTest {
    private static FreshDatabases databases;

    @BeforeAll
    static void start() throws Exception {
        databases = FreshDatabases.start("invalid");
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    @Test
    void anIndexLeftInvalidByAFailedConcurrentBuildIsDroppedAndBuiltAgain() throws Exception {
        try (Connection target = databases.fresh(); Connection declared = databases.fresh()) {
            FreshDatabases.execute(target, "CREATE TABLE t (a integer); INSERT INTO t VALUES (1), (1)");
            // a concurrent build that fails on the duplicates leaves its index behind, INVALID
            assertThrows(SQLException.class,
                    () -> FreshDatabases.execute(target, "CREATE UNIQUE INDEX CONCURRENTLY t_a_key ON t (a)"));
            FreshDatabases.execute(target, "DELETE FROM t WHERE ctid = (SELECT max(ctid) FROM t)");
            FreshDatabases.execute(declared, "CREATE TABLE t (a integer); CREATE UNIQUE INDEX t_a_key ON t (a)");

            Catalog current = read(target);
            Index invalid = current.table(QualifiedName.of("public", "t")).orElseThrow().indexes().get(0);
            assertFalse(invalid.valid());
            Catalog desired = read(declared);
            assertTrue(desired.table(QualifiedName.of("public", "t")).orElseThrow().indexes().get(0).valid());

            Plan plan = Planner.plan(current, desired, PlanOptions.defaults());
            assertEquals(List.of("DROP INDEX CONCURRENTLY public.t_a_key",
                    "CREATE UNIQUE INDEX CONCURRENTLY t_a_key ON public.t USING btree (a)"),
                    plan.statements().stream().map(PlannedStatement::sql).toList());
            assertTrue(plan.refused().isEmpty(), "an index rebuild needs no permission by default");
            PlanExecutor.execute(target, plan, line -> { });

            Catalog after = read(target);
            assertEquals(desired.toCanonicalText(), after.toCanonicalText());
            assertTrue(Planner.plan(after, desired, PlanOptions.defaults()).statements().isEmpty());
        }
    }

    private static Catalog read(Connection connection) {
        return CatalogReader.read(connection, SchemaFilter.allUserSchemas());
    }
}
