package dev.schemata.plan;

import static dev.schemata.plan.TestCatalogs.catalog;
import static dev.schemata.plan.TestCatalogs.col;
import static dev.schemata.plan.TestCatalogs.enumType;
import static dev.schemata.plan.TestCatalogs.fk;
import static dev.schemata.plan.TestCatalogs.index;
import static dev.schemata.plan.TestCatalogs.name;
import static dev.schemata.plan.TestCatalogs.notNull;
import static dev.schemata.plan.TestCatalogs.pk;
import static dev.schemata.plan.TestCatalogs.table;
import static dev.schemata.plan.TestCatalogs.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.ColumnRef;
import dev.schemata.catalog.Schema;
import dev.schemata.catalog.Sequence;
import dev.schemata.catalog.SequenceOptions;
import dev.schemata.catalog.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {
    private static final PlanOptions DROPS = PlanOptions.allowingDrops();
    private static final PlanOptions NO_DROPS = PlanOptions.defaults();
    private static final PlanOptions OFFLINE = DROPS.toBuilder().online(false).build();

    private static final Table CUSTOMER = table("customer", List.of(notNull("id", "integer")), pk("customer", "id"));
    private static final Table ORDERS = table("orders",
            List.of(notNull("id", "integer"), col("customer_id", "integer")),
            pk("orders", "id"), fk("orders_customer_fk", "customer_id", "customer", "id"));
    private static final Table ORDERS_WITHOUT_FK = table("orders",
            List.of(notNull("id", "integer"), col("customer_id", "integer")), pk("orders", "id"));

    @Test
    void aForeignKeyToANewTableComesAfterBothTables() {
        Plan plan = Planner.plan(catalog(), catalog(ORDERS, CUSTOMER), DROPS);
        assertEquals("""
                CREATE TABLE public.customer (
                    id integer NOT NULL,
                    CONSTRAINT customer_pkey PRIMARY KEY (id)
                );

                CREATE TABLE public.orders (
                    id integer NOT NULL,
                    customer_id integer,
                    CONSTRAINT orders_pkey PRIMARY KEY (id)
                );

                ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customer(id);

                """, plan.toSql());
    }

    @Test
    void thePlanCarriesTheFingerprintsOfTheCatalogsItWasMadeFrom() {
        Catalog current = catalog(ORDERS_WITHOUT_FK);
        Catalog desired = catalog(ORDERS, CUSTOMER);
        Plan plan = Planner.plan(current, desired, OFFLINE);
        assertEquals(current.fingerprint(), plan.currentFingerprint());
        assertEquals(desired.fingerprint(), plan.desiredFingerprint());
        Plan same = new Plan(plan.statements(), current.fingerprint(), desired.fingerprint());
        assertEquals(same, plan);
        assertEquals(same.hashCode(), plan.hashCode());
        assertFalse(plan.equals(new Plan(plan.statements(), desired.fingerprint(), current.fingerprint())));
    }

    @Test
    void aForeignKeyFromAnExistingTableToANewOneScansTheExistingRows() {
        Plan plan = Planner.plan(catalog(ORDERS_WITHOUT_FK), catalog(ORDERS, CUSTOMER), OFFLINE);
        assertEquals(List.of("CREATE TABLE public.customer", "ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk"),
                heads(plan, 2));
        assertEquals(List.of(), plan.statements().get(0).hazards());
        assertEquals(List.of(HazardType.VALIDATION_SCAN), types(plan.statements().get(1)));
    }

    @Test
    void droppingAReferencedTableDropsTheForeignKeyFirst() {
        Plan plan = Planner.plan(catalog(ORDERS, CUSTOMER), catalog(ORDERS_WITHOUT_FK), DROPS);
        assertEquals(List.of("ALTER TABLE public.orders DROP CONSTRAINT orders_customer_fk",
                "DROP TABLE public.customer"), sqls(plan));
        assertEquals(List.of(HazardType.DELETES_DATA), types(plan.statements().get(1)));
    }

    @Test
    void withoutAllowDropTheTableStaysButTheForeignKeyDropRuns() {
        Plan plan = Planner.plan(catalog(ORDERS, CUSTOMER), catalog(ORDERS_WITHOUT_FK), NO_DROPS);
        assertEquals(List.of("ALTER TABLE public.orders DROP CONSTRAINT orders_customer_fk"),
                plan.executable().stream().map(PlannedStatement::sql).toList());
        assertEquals("drop not allowed: set schema.allowDrop=true to run it", plan.skipped().get(0).skippedReason());
        assertTrue(plan.toSql().contains("-- skipped (drop not allowed: set schema.allowDrop=true to run it):\n"
                + "-- DROP TABLE public.customer\n"), plan.toSql());
    }

    @Test
    void newTablesThatReferenceEachOtherGetTheirForeignKeysLast() {
        Table a = table("a", List.of(notNull("id", "integer"), col("b_id", "integer")), pk("a", "id"),
                fk("a_b_fk", "b_id", "b", "id"));
        Table b = table("b", List.of(notNull("id", "integer"), col("a_id", "integer")), pk("b", "id"),
                fk("b_a_fk", "a_id", "a", "id"));
        Plan plan = Planner.plan(catalog(), catalog(a, b), DROPS);
        assertEquals(List.of("CREATE TABLE public.a", "CREATE TABLE public.b",
                "ALTER TABLE public.a ADD CONSTRAINT a_b_fk", "ALTER TABLE public.b ADD CONSTRAINT b_a_fk"), heads(plan, 4));
    }

    @Test
    void droppedTablesThatReferenceEachOtherLoseTheirForeignKeysFirst() {
        Table a = table("a", List.of(notNull("id", "integer"), col("b_id", "integer")), pk("a", "id"),
                fk("a_b_fk", "b_id", "b", "id"));
        Table b = table("b", List.of(notNull("id", "integer"), col("a_id", "integer")), pk("b", "id"),
                fk("b_a_fk", "a_id", "a", "id"));
        Plan plan = Planner.plan(catalog(a, b), catalog(), DROPS);
        assertEquals(List.of("ALTER TABLE public.a DROP CONSTRAINT a_b_fk", "ALTER TABLE public.b DROP CONSTRAINT b_a_fk",
                "DROP TABLE public.a", "DROP TABLE public.b"), sqls(plan));

        Plan withheld = Planner.plan(catalog(a, b), catalog(), NO_DROPS);
        assertTrue(withheld.isEmpty(), "the key drops only serve the withheld table drops: " + withheld.toSql());
        assertEquals(4, withheld.skipped().size());
    }

    @Test
    void aTableThatReferencesADroppedTableIsDroppedFirst() {
        Plan plan = Planner.plan(catalog(ORDERS, CUSTOMER), catalog(), DROPS);
        assertEquals(List.of("DROP TABLE public.orders", "DROP TABLE public.customer"), sqls(plan));
    }

    @Test
    void typeChangesCarryRewriteAndLossHazards() {
        Plan widen = alterColumn(col("n", "integer"), col("n", "bigint"));
        assertEquals(List.of("ALTER TABLE public.t ALTER COLUMN n TYPE bigint USING n::bigint"), sqls(widen));
        assertEquals(List.of(HazardType.TABLE_REWRITE, HazardType.ACCESS_EXCLUSIVE_LOCK), types(widen.statements().get(0)));

        Plan free = alterColumn(col("n", "character varying(10)"), col("n", "character varying(20)"));
        assertEquals(List.of("ALTER TABLE public.t ALTER COLUMN n TYPE character varying(20)"), sqls(free));
        assertEquals(List.of(), free.statements().get(0).hazards());
        assertEquals(List.of(), alterColumn(col("n", "character varying(10)"), col("n", "text")).statements().get(0).hazards());

        for (String[] lossy : new String[][] {{"text", "integer"}, {"character varying(20)", "character varying(5)"},
                {"numeric(10,2)", "numeric(8,2)"}, {"bigint", "integer"}}) {
            Plan plan = alterColumn(col("n", lossy[0]), col("n", lossy[1]));
            assertEquals(List.of(HazardType.TABLE_REWRITE, HazardType.ACCESS_EXCLUSIVE_LOCK, HazardType.DELETES_DATA),
                    types(plan.statements().get(0)), lossy[0] + " -> " + lossy[1]);
        }
    }

    @Test
    void setNotNullScansTheTable() {
        Plan plan = Planner.plan(catalog(table("t", List.of(col("n", "integer")))),
                catalog(table("t", List.of(notNull("n", "integer")))), OFFLINE);
        assertEquals(List.of("ALTER TABLE public.t ALTER COLUMN n SET NOT NULL"), sqls(plan));
        assertEquals(List.of(HazardType.VALIDATION_SCAN, HazardType.ACCESS_EXCLUSIVE_LOCK), types(plan.statements().get(0)));
    }

    @Test
    void indexesAndKeysOnExistingTablesAreBuiltOnNewOnesFree() {
        Table before = table("t", List.of(col("a", "integer")), index("t_old", "t", "a"));
        Table after = table("t", List.of(col("a", "integer")), unique("t_a_key", "a"), index("t_new", "t", "a"));
        Plan plan = Planner.plan(catalog(before), catalog(after), OFFLINE);
        assertEquals(List.of("DROP INDEX public.t_old", "ALTER TABLE public.t ADD CONSTRAINT t_a_key UNIQUE (a)",
                "CREATE INDEX t_new ON public.t USING btree (a)"), sqls(plan));
        assertEquals(List.of(HazardType.INDEX_DROPPED), types(plan.statements().get(0)));
        assertEquals(List.of(HazardType.INDEX_BUILD, HazardType.VALIDATION_SCAN), types(plan.statements().get(1)));
        assertEquals(List.of(HazardType.INDEX_BUILD), types(plan.statements().get(2)));

        Plan fresh = Planner.plan(catalog(), catalog(after), DROPS);
        fresh.statements().forEach(s -> assertEquals(List.of(), s.hazards(), s.sql()));
    }

    @Test
    void aWithheldColumnDropWithholdsTheReAddOfTheSameColumn() {
        Column before = new Column("g", "integer", false, null, null, "(a * 2)", null, null);
        Column after = new Column("g", "integer", false, null, null, "(a * 3)", null, null);
        Plan plan = Planner.plan(catalog(table("t", List.of(col("a", "integer"), before))),
                catalog(table("t", List.of(col("a", "integer"), after))), NO_DROPS);
        assertEquals(List.of("ALTER TABLE public.t DROP COLUMN g",
                "ALTER TABLE public.t ADD COLUMN g integer GENERATED ALWAYS AS ((a * 3)) STORED"), sqls(plan));
        assertTrue(plan.isEmpty());
        assertEquals(Planner.NEEDS_WITHHELD_DROP, plan.statements().get(1).skippedReason());
    }

    @Test
    void aWithheldColumnDropWithholdsTheIndexAndKeyDropsItNeeds() {
        Column before = new Column("g", "integer", false, null, null, "(a * 2)", null, null);
        Column after = new Column("g", "integer", false, null, null, "(a * 3)", null, null);
        Plan plan = Planner.plan(
                catalog(table("t", List.of(col("a", "integer"), before), index("t_g", "t", "g"), unique("t_g_key", "g"),
                        index("t_a", "t", "a"))),
                catalog(table("t", List.of(col("a", "integer"), after), index("t_g", "t", "g"), unique("t_g_key", "g"))),
                NO_DROPS.toBuilder().online(false).build());
        // the index on a stays droppable: only what goes with the column waits for it
        assertEquals(List.of("DROP INDEX public.t_a"), plan.executable().stream().map(PlannedStatement::sql).toList(),
                plan.toSql());
        assertTrue(plan.skipped().stream().anyMatch(s -> s.sql().equals("DROP INDEX public.t_g")
                && s.skippedReason().equals(Planner.DROP_NOT_ALLOWED)), plan.toSql());
        assertTrue(plan.skipped().stream().anyMatch(s -> s.sql().equals("ALTER TABLE public.t DROP CONSTRAINT t_g_key")),
                plan.toSql());
    }

    @Test
    void constraintAndIndexDropsLoseNoDataAndRunWithoutAllowDrop() {
        Table before = table("t", List.of(col("a", "integer")), unique("t_a_key", "a"), index("t_a", "t", "a"));
        Plan plan = Planner.plan(catalog(before), catalog(table("t", List.of(col("a", "integer")))), NO_DROPS);
        assertEquals(2, plan.executable().size(), plan.toSql());
    }

    @Test
    void columnDropsComeAfterTheConstraintsThatUseThem() {
        Table before = table("t", List.of(col("a", "integer"), col("b", "integer")), unique("t_b_key", "b"));
        Plan plan = Planner.plan(catalog(before), catalog(table("t", List.of(col("a", "integer")))), DROPS);
        assertEquals(List.of("ALTER TABLE public.t DROP CONSTRAINT t_b_key", "ALTER TABLE public.t DROP COLUMN b"),
                sqls(plan));
    }

    @Test
    void enumTypesComeBeforeTheirColumnsAndGoAfterThem() {
        Table t = table("t", List.of(col("m", "mood")));
        assertEquals(List.of("CREATE TYPE public.mood AS ENUM ('sad', 'happy')", "CREATE TABLE public.t"),
                heads(Planner.plan(catalog(), catalog(enumType("mood", "sad", "happy"), t), DROPS), 2));
        assertEquals(List.of("DROP TABLE public.t", "DROP TYPE public.mood"),
                sqls(Planner.plan(catalog(enumType("mood", "sad", "happy"), t), catalog(), DROPS)));
    }

    @Test
    void newEnumLabelsRunFirstOutsideTheTransaction() {
        Table before = table("t", List.of(col("a", "integer")));
        Table after = table("t", List.of(col("a", "integer"), col("b", "integer")));
        Plan plan = Planner.plan(catalog(enumType("mood", "sad", "happy"), before),
                catalog(enumType("mood", "sad", "ok", "happy", "joyful"), after), DROPS);
        assertEquals(List.of("ALTER TYPE public.mood ADD VALUE 'ok' AFTER 'sad'",
                "ALTER TYPE public.mood ADD VALUE 'joyful'", "ALTER TABLE public.t ADD COLUMN b integer"), sqls(plan));
        assertFalse(plan.statements().get(0).transactional());
        assertFalse(plan.statements().get(1).transactional());
        assertTrue(plan.statements().get(2).transactional());
    }

    @Test
    void removingALabelOfAnEnumInUseConvertsItsColumnsToANewTypeAllWithheldWithoutDrops() {
        Table t = table("t", List.of(col("m", "public.mood[]")));
        Catalog from = catalog(enumType("mood", "sad", "happy"), t);
        Catalog to = catalog(enumType("mood", "happy"), t);
        Plan plan = Planner.plan(from, to, DROPS);
        assertEquals(List.of("ALTER TYPE public.mood RENAME TO mood__old",
                "CREATE TYPE public.mood AS ENUM ('happy')",
                "ALTER TABLE public.t ALTER COLUMN m TYPE public.mood[] USING m::text[]::public.mood[]",
                "DROP TYPE public.mood__old"), sqls(plan));
        assertTrue(plan.statements().get(2).hazards().stream().anyMatch(h -> h.type() == HazardType.DELETES_DATA));
        assertTrue(Planner.plan(from, to, NO_DROPS).statements().stream().allMatch(s -> s.skippedReason() != null));
    }

    @Test
    void anEnumNotInUseIsRecreatedWhenLabelsGoOrMove() {
        Plan plan = Planner.plan(catalog(enumType("mood", "sad", "happy")), catalog(enumType("mood", "happy", "sad")),
                NO_DROPS);
        assertEquals(List.of("DROP TYPE public.mood", "CREATE TYPE public.mood AS ENUM ('happy', 'sad')"), sqls(plan));
        assertEquals(List.of(Planner.DROP_NOT_ALLOWED, Planner.NEEDS_WITHHELD_DROP),
                plan.statements().stream().map(PlannedStatement::skippedReason).toList());
    }

    @Test
    void aSerialColumnNeedsItsSequenceBeforeAndOwnsItAfter() {
        SequenceOptions options = new SequenceOptions("integer", 1, 1, 1, Integer.MAX_VALUE, 1, false);
        Sequence seq = new Sequence(name("t_id_seq"), options, new ColumnRef(name("t"), "id"), null);
        Table t = table("t", List.of(notNull("id", "integer").withDefault("nextval('t_id_seq'::regclass)")));
        Plan plan = Planner.plan(catalog(), catalog(seq, t), DROPS);
        assertEquals(List.of("CREATE SEQUENCE public.t_id_seq AS integer",
                "CREATE TABLE public.t (\n    id integer DEFAULT nextval('t_id_seq'::regclass) NOT NULL\n)",
                "ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id"), sqls(plan));

        assertEquals(List.of("DROP TABLE public.t"), sqls(Planner.plan(catalog(seq, t), catalog(), DROPS)),
                "PostgreSQL drops an owned sequence with its table");
    }

    @Test
    void aSequenceIsDroppedAfterTheDefaultThatUsesIt() {
        Sequence seq = new Sequence(name("counter"), new SequenceOptions("bigint", 1, 1, 1, Long.MAX_VALUE, 1, false),
                null, null);
        Table before = table("t", List.of(col("n", "bigint").withDefault("nextval('counter'::regclass)")));
        Table after = table("t", List.of(col("n", "bigint")));
        assertEquals(List.of("ALTER TABLE public.t ALTER COLUMN n DROP DEFAULT", "DROP SEQUENCE public.counter"),
                sqls(Planner.plan(catalog(seq, before), catalog(after), DROPS)));
    }

    @Test
    void aNewSchemaComesBeforeItsTables() {
        Table t = new Table(dev.schemata.catalog.QualifiedName.of("app", "t"), List.of(col("a", "integer")),
                List.of(), List.of(), null);
        Catalog desired = catalog(new Schema("app", null), t);
        assertEquals(List.of("CREATE SCHEMA app", "CREATE TABLE app.t"), heads(Planner.plan(catalog(), desired, DROPS), 2));
        Plan dropping = Planner.plan(desired, catalog(), NO_DROPS);
        assertEquals(List.of("DROP TABLE app.t", "DROP SCHEMA app"), sqls(dropping));
        assertTrue(dropping.isEmpty());
    }

    @Test
    void thePlanIsTheSameEveryTime() {
        Catalog desired = catalog(ORDERS, CUSTOMER, enumType("mood", "a"));
        assertEquals(Planner.plan(catalog(), desired, DROPS).toSql(), Planner.plan(catalog(), desired, DROPS).toSql());
    }

    private static Plan alterColumn(Column from, Column to) {
        return Planner.plan(catalog(table("t", List.of(from))), catalog(table("t", List.of(to))), DROPS);
    }

    private static List<String> sqls(Plan plan) {
        return plan.statements().stream().map(PlannedStatement::sql).toList();
    }

    private static List<String> heads(Plan plan, int n) {
        return plan.statements().stream().limit(n).map(s -> {
            String sql = s.sql().lines().findFirst().orElseThrow().replaceAll(" \\($", "");
            int cut = sql.indexOf(" FOREIGN KEY");
            return cut > 0 ? sql.substring(0, cut) : sql;
        }).toList();
    }

    private static List<HazardType> types(PlannedStatement statement) {
        return statement.hazards().stream().map(Hazard::type).toList();
    }
}
