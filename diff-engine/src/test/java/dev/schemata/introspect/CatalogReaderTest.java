package dev.schemata.introspect;

import dev.schemata.FreshDatabases;

import static dev.schemata.FreshDatabases.execute;
import static dev.schemata.introspect.TestResources.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.SchemaFilter;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.CompositeType;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.ConstraintKind;
import dev.schemata.catalog.Domain;
import dev.schemata.catalog.DomainConstraint;
import dev.schemata.catalog.EventTrigger;
import dev.schemata.catalog.ForeignKey;
import dev.schemata.catalog.Identity;
import dev.schemata.catalog.Index;
import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.Policy;
import dev.schemata.catalog.Privilege;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Routine;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.TableProperties;
import dev.schemata.catalog.Trigger;
import dev.schemata.catalog.TriggerState;
import dev.schemata.catalog.View;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogReaderTest {
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
    void readsARichSchemaAsTheGoldenText() throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, resource("rich-schema.sql"));
            String actual = CatalogReader.read(c, SchemaFilter.allUserSchemas()).toCanonicalText();
            assertGolden("rich-schema.txt", actual);
        }
    }

    @Test
    void readsEveryKindOfObjectAsTheGoldenText() throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, resource("every-kind.sql"));
            String actual = CatalogReader.read(c, SchemaFilter.allUserSchemas()).toCanonicalText();
            assertGolden("every-kind.txt", actual);
        }
    }

    @Test
    void readsOperatorsAndTextSearchObjectsAsTheGoldenText() throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, resource("operators-and-text-search.sql"));
            String actual = CatalogReader.read(c, SchemaFilter.allUserSchemas()).toCanonicalText();
            assertGolden("operators-and-text-search.txt", actual);
        }
    }

    @Test
    void readsTheFactsOfEveryKindTheCanonicalTextLeavesOut() throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, resource("every-kind.sql"));
            Catalog catalog = CatalogReader.read(c, SchemaFilter.allUserSchemas());

            View totals = catalog.view(QualifiedName.of("app", "item_totals")).orElseThrow();
            assertTrue(totals.materialized());
            assertEquals(List.of("id"), totals.index("item_totals_id").orElseThrow().columns());
            assertEquals("bigint", totals.column("total").orElseThrow().type());

            Routine add = catalog.routine(QualifiedName.of("app", "add"), "integer, integer").orElseThrow();
            assertEquals("a integer, b integer", add.identityArguments());
            assertEquals("a integer, b integer DEFAULT 1", add.arguments());
            assertEquals("app.add(a integer, b integer)", add.sqlSignature());
            Routine restock = catalog.routinesBySignature().get("app.restock(integer, integer)");
            assertEquals(Routine.Kind.PROCEDURE, restock.kind());
            assertNull(restock.result());
            assertEquals("IN item_id integer, INOUT amount integer, OUT done boolean", restock.identityArguments());
            assertFalse(catalog.routinesBySignature().containsKey("app.total(integer)"), "an aggregate");

            List<Trigger> onItem = catalog.triggersOn(QualifiedName.of("app", "item"));
            assertEquals(List.of("item_checked", "item_touch", "item_truncated"),
                    onItem.stream().map(Trigger::name).toList(), "not the internal triggers of constraints");
            assertTrue(onItem.get(0).constraintTrigger());
            assertEquals(TriggerState.REPLICA, onItem.get(0).state());
            assertFalse(onItem.get(1).constraintTrigger());
            assertEquals(List.of(), catalog.triggersOn(QualifiedName.of("app", "event_2024")), "a partition's copy");
            EventTrigger noDrop = catalog.eventTrigger("app_no_drop").orElseThrow();
            assertEquals(List.of("DROP TABLE", "ALTER TABLE"), noDrop.tags());
            assertEquals(QualifiedName.of("app", "on_ddl"), noDrop.function());
            assertEquals(TriggerState.DISABLED, catalog.eventTrigger("app_every_start").orElseThrow().state());

            Domain price = catalog.domain(QualifiedName.of("app", "price")).orElseThrow();
            assertEquals("numeric(10,2)", price.baseType());
            assertTrue(price.notNull());
            assertEquals(List.of("price_positive", "price_sane"),
                    price.constraints().stream().map(DomainConstraint::name).toList(), "not the NOT NULL constraint");
            assertFalse(catalog.domain(QualifiedName.of("app", "code")).orElseThrow()
                    .constraint("code_short").orElseThrow().validated());
            CompositeType address = catalog.compositeType(QualifiedName.of("app", "address")).orElseThrow();
            assertEquals(List.of("street", "zip", "amount"), address.attributes().stream().map(Column::name).toList());
            assertEquals("\"C\"", address.attribute("street").orElseThrow().collation());

            TableProperties item = table(catalog, "item").properties();
            assertTrue(item.rowSecurity() && item.forceRowSecurity());
            assertEquals(List.of("item_insert", "item_limited", "item_visible"),
                    catalog.policiesOn(QualifiedName.of("app", "item")).stream().map(Policy::name).toList());
            TableProperties other = table(catalog, "region_sale_other").properties();
            assertTrue(other.partitioned());
            assertEquals(QualifiedName.of("app", "region_sale"), other.partitionOf());
            assertEquals("DEFAULT", other.partitionBound());
            assertEquals(List.of(QualifiedName.of("app", "stamped"), QualifiedName.of("app", "named")),
                    table(catalog, "note").properties().inherits());
            assertEquals(List.of(), table(catalog, "region_sale_north").properties().inherits(),
                    "a partition's parent is not an inheritance parent");
            assertEquals(TableProperties.DEFAULT, table(catalog, "stamped").properties());
            assertEquals(List.of("autovacuum_enabled=false", "fillfactor=70"),
                    table(catalog, "scratch").properties().storageParameters());

            assertEquals(QualifiedName.of("app", "touch"), onItem.get(1).function());
            ObjectId twice = ObjectId.of(catalog.routine(QualifiedName.of("app", "double"), "integer").orElseThrow());
            assertEquals(List.of(ObjectId.of(ObjectKind.TABLE, QualifiedName.of("app", "measure")),
                            ObjectId.of(ObjectKind.VIEW, QualifiedName.of("app", "measure_view"))),
                    catalog.dependentsOf(twice));
            assertEquals(List.of(ObjectId.of(ObjectKind.VIEW, QualifiedName.of("app", "measure_view"))),
                    catalog.dependenciesOf(ObjectId.of(ObjectKind.VIEW, QualifiedName.of("app", "measure_view_view"))));

            Privilege revoked = catalog.privileges().stream().filter(p -> !p.granted()).findFirst().orElseThrow();
            assertEquals(twice, revoked.object());
            assertEquals("ROUTINE app.double(x integer)", revoked.on());
            assertEquals("PUBLIC", revoked.grantee());
            Privilege column = catalog.privileges().stream().filter(p -> p.column() != null).findFirst().orElseThrow();
            assertEquals(ObjectId.of(ObjectKind.TABLE, QualifiedName.of("app", "item")), column.object());
            assertEquals("quantity", column.column());
        }
    }

    @Test
    void readsPartitionedAndInheritedTablesWithoutRepeatingWhatTheParentDeclares() throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, resource("partitioned.sql"));
            String actual = CatalogReader.read(c, SchemaFilter.allUserSchemas()).toCanonicalText();
            assertGolden("partitioned.txt", actual);
        }
    }

    @Test
    void readsTheFactsTheCanonicalTextLeavesOut() throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, resource("rich-schema.sql"));
            Catalog catalog = CatalogReader.read(c, SchemaFilter.allUserSchemas());
            Table orders = catalog.table(QualifiedName.of("sales", "orders")).orElseThrow();
            Table lines = catalog.table(QualifiedName.of("sales", "order_line")).orElseThrow();

            Constraint fk = lines.constraint("order_line_order_fk").orElseThrow();
            assertEquals(ConstraintKind.FOREIGN_KEY, fk.kind());
            assertEquals(List.of("region", "number"), fk.columns());
            assertEquals(new ForeignKey(QualifiedName.of("sales", "orders"), List.of("region", "number"),
                    "CASCADE", "NO ACTION", "FULL"), fk.foreignKey());
            assertTrue(fk.deferrable());
            assertTrue(fk.initiallyDeferred());
            assertEquals("CASCADE", orders.constraint("orders_customer_fk").orElseThrow().foreignKey().onDelete());

            Constraint check = orders.constraint("orders_note_check").orElseThrow();
            assertEquals("(length(note) < 500)", check.checkExpression());
            assertFalse(check.validated());
            assertNull(check.foreignKey());
            assertEquals(ConstraintKind.EXCLUSION, catalog.table(QualifiedName.of("sales", "booking")).orElseThrow()
                    .constraint("booking_no_overlap").orElseThrow().kind());
            assertEquals(List.of("order_id", "line"), lines.primaryKey().orElseThrow().columns());

            Index expression = orders.index("orders_lower_note_idx").orElseThrow();
            assertEquals(Arrays.asList(null, "customer_id"), expression.columns());
            assertEquals("btree", expression.method());
            assertFalse(expression.unique());
            Index covering = orders.index("orders_ref_idx").orElseThrow();
            assertTrue(covering.unique());
            assertEquals(List.of("ref"), covering.columns(), "INCLUDE columns are not key columns");
            assertEquals("(status <> 'shipped'::sales.status)",
                    orders.index("orders_open_idx").orElseThrow().predicate());
            assertEquals("gin", catalog.table(QualifiedName.of("public", "customer")).orElseThrow()
                    .index("customer_tags_idx").orElseThrow().method());

            Column total = orders.column("total").orElseThrow();
            assertNull(total.defaultExpression(), "a generated column has no default");
            assertEquals(Identity.Generation.ALWAYS, orders.column("id").orElseThrow().identity().generation());
            assertEquals("\"C\"", catalog.table(QualifiedName.of("public", "customer")).orElseThrow()
                    .column("name").orElseThrow().collation());
        }
    }

    private static Table table(Catalog catalog, String name) {
        return catalog.table(QualifiedName.of("app", name)).orElseThrow();
    }

    /** Compares with the golden file; on a difference, writes the actual text under target/ to compare by eye. */
    private static void assertGolden(String golden, String actual) throws Exception {
        Path out = Path.of("target", "introspect-actual", golden);
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual);
        assertEquals(resource(golden), actual, "canonical text differs from " + golden + "; actual is in " + out);
    }
}
