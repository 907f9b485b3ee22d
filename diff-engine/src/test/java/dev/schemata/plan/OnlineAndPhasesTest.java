package dev.schemata.plan;

import static dev.schemata.plan.TestCatalogs.catalog;
import static dev.schemata.plan.TestCatalogs.check;
import static dev.schemata.plan.TestCatalogs.col;
import static dev.schemata.plan.TestCatalogs.index;
import static dev.schemata.plan.TestCatalogs.notNull;
import static dev.schemata.plan.TestCatalogs.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Index;
import dev.schemata.catalog.Table;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Online statements, hazard permissions and expand/contract phases, planned without a database. */
class OnlineAndPhasesTest {
    private static final PlanOptions DROPS = PlanOptions.allowingDrops();

    @Test
    void anIndexOnAnExistingTableIsBuiltAndDroppedConcurrentlyOutsideTheTransaction() {
        Table before = table("t", List.of(col("a", "integer")), index("t_old", "t", "a"));
        Table after = table("t", List.of(col("a", "integer")), index("t_new", "t", "a"));
        Plan plan = Planner.plan(catalog(before), catalog(after), DROPS);
        assertEquals(List.of("DROP INDEX CONCURRENTLY public.t_old",
                "CREATE INDEX CONCURRENTLY t_new ON public.t USING btree (a)"), sqls(plan));
        plan.statements().forEach(s -> assertFalse(s.transactional(), s.sql()));
        assertEquals(List.of(HazardType.INDEX_BUILD, HazardType.NOT_TRANSACTIONAL), types(plan.statements().get(1)));

        Plan offline = Planner.plan(catalog(before), catalog(after), DROPS.toBuilder().online(false).build());
        assertEquals(List.of("DROP INDEX public.t_old", "CREATE INDEX t_new ON public.t USING btree (a)"), sqls(offline));
        offline.statements().forEach(s -> assertTrue(s.transactional(), s.sql()));
    }

    @Test
    void anIndexOnANewTableIsBuiltInTheTransaction() {
        Plan plan = Planner.plan(catalog(), catalog(table("t", List.of(col("a", "integer")), index("t_a", "t", "a"))),
                DROPS);
        assertEquals("CREATE INDEX t_a ON public.t USING btree (a)", plan.statements().get(1).sql());
        assertTrue(plan.statements().get(1).transactional());
    }

    @Test
    void anInvalidIndexIsBuiltAgain() {
        Index valid = index("t_a", "t", "a");
        Index invalid = new Index(valid.name(), valid.definition(), false, "btree", List.of("a"), null, null, false);
        Plan plan = Planner.plan(catalog(table("t", List.of(col("a", "integer")), invalid)),
                catalog(table("t", List.of(col("a", "integer")), valid)), DROPS);
        assertEquals(List.of("DROP INDEX CONCURRENTLY public.t_a", "CREATE INDEX CONCURRENTLY t_a ON public.t USING btree (a)"),
                sqls(plan));
        assertTrue(Planner.plan(catalog(table("t", List.of(col("a", "integer")), invalid)),
                catalog(table("t", List.of(col("a", "integer")), invalid)), DROPS).statements().isEmpty(),
                "an index invalid on both sides is left alone");
    }

    @Test
    void aCheckOnAnExistingTableIsAddedNotValidThenValidatedApart() {
        Plan plan = Planner.plan(catalog(table("t", List.of(col("a", "integer")))),
                catalog(table("t", List.of(col("a", "integer")), check("t_a_check", "(a > 0)"))), DROPS);
        assertEquals(List.of("ALTER TABLE public.t ADD CONSTRAINT t_a_check CHECK ((a > 0)) NOT VALID",
                "ALTER TABLE public.t VALIDATE CONSTRAINT t_a_check"), sqls(plan));
        assertEquals(List.of(), plan.statements().get(0).hazards());
        assertTrue(plan.statements().get(0).transactional());
        assertEquals(List.of(HazardType.VALIDATION_SCAN, HazardType.NOT_TRANSACTIONAL), types(plan.statements().get(1)));
        assertFalse(plan.statements().get(1).transactional(), "validated after the ADD commits and frees its lock");
    }

    @Test
    void setNotNullOnAnExistingTableIsProvenByAValidatedCheckFirst() {
        Plan plan = Planner.plan(catalog(table("t", List.of(col("n", "integer")))),
                catalog(table("t", List.of(notNull("n", "integer")))), DROPS);
        assertEquals(List.of("ALTER TABLE public.t ADD CONSTRAINT schemata_not_null_n CHECK (n IS NOT NULL) NOT VALID",
                "ALTER TABLE public.t VALIDATE CONSTRAINT schemata_not_null_n",
                "ALTER TABLE public.t ALTER COLUMN n SET NOT NULL",
                "ALTER TABLE public.t DROP CONSTRAINT schemata_not_null_n"), sqls(plan));
        assertEquals(List.of(true, false, true, true),
                plan.statements().stream().map(PlannedStatement::transactional).toList());
        assertTrue(plan.refused().isEmpty(), "no hazard needs permission by default");
    }

    @Test
    void aNotValidConstraintThatShouldBeValidIsValidated() {
        Table notValid = table("t", List.of(col("a", "integer")),
                new dev.schemata.catalog.Constraint("t_a_check", dev.schemata.catalog.ConstraintKind.CHECK,
                        "CHECK ((a > 0)) NOT VALID", List.of("a"), null, "(a > 0)", false, false, false, null));
        Plan plan = Planner.plan(catalog(notValid),
                catalog(table("t", List.of(col("a", "integer")), check("t_a_check", "(a > 0)"))), DROPS);
        assertEquals(List.of("ALTER TABLE public.t VALIDATE CONSTRAINT t_a_check"), sqls(plan));
    }

    @Test
    void hazardsNotAllowedAreNamedAndDropsAllowTheirOwnDataLoss() {
        Catalog from = catalog(table("t", List.of(col("a", "bigint"), col("gone", "text"))));
        Catalog to = catalog(table("t", List.of(col("a", "integer"))));
        Plan plan = Planner.plan(from, to, DROPS);
        PlannedStatement drop = plan.statements().stream().filter(s -> s.sql().contains("DROP COLUMN")).findFirst()
                .orElseThrow();
        PlannedStatement narrow = plan.statements().stream().filter(s -> s.sql().contains("TYPE integer")).findFirst()
                .orElseThrow();
        assertEquals(List.of(), drop.needsPermission(), "allowDrop permits the drop's data loss");
        assertEquals(List.of(HazardType.DELETES_DATA, HazardType.TABLE_REWRITE, HazardType.ACCESS_EXCLUSIVE_LOCK),
                narrow.needsPermission());
        assertEquals(List.of(narrow), plan.refused());

        Plan allowed = Planner.plan(from, to, DROPS.toBuilder()
                .allowHazards("index_build, DELETES_DATA,TABLE_REWRITE,ACCESS_EXCLUSIVE_LOCK").build());
        assertTrue(allowed.refused().isEmpty());

        Plan withoutDrops = Planner.plan(from, to, PlanOptions.defaults());
        assertEquals(List.of(narrow.sql()), withoutDrops.refused().stream().map(PlannedStatement::sql).toList(),
                "a withheld drop does not run, so needs no permission");
    }

    @Test
    void anUnknownHazardNameListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlanOptions.builder().allowHazards("INDEX_BUILD,TABLE_REWRITES"));
        assertTrue(e.getMessage().startsWith("Unknown hazard 'TABLE_REWRITES' in allowHazards; valid names: "
                + "DELETES_DATA, TABLE_REWRITE,"), e.getMessage());
        assertEquals(EnumSet.of(HazardType.INDEX_BUILD, HazardType.INDEX_DROPPED, HazardType.VALIDATION_SCAN,
                HazardType.NOT_TRANSACTIONAL, HazardType.UNTRACKABLE_DEPENDENCY, HazardType.AUTHORIZATION),
                PlanOptions.defaults().allowHazards());
        assertThrows(IllegalArgumentException.class, () -> Phase.parse("both"));
        assertEquals(Phase.EXPAND, Phase.parse(" Expand "));
    }

    @Test
    void expandRunsWhatOldCodeSurvivesAndContractTheRest() {
        Catalog from = catalog(table("t", List.of(col("a", "integer"), col("b", "text"), col("old", "text"))));
        Catalog to = catalog(table("t", List.of(notNull("a", "integer"), col("b", "character varying(5)"),
                col("c", "text"), notNull("d", "integer")), index("t_c", "t", "c")),
                table("u", List.of(notNull("x", "integer")), check("u_x_check", "(x > 0)")));
        Plan expand = Planner.plan(from, to, DROPS.toBuilder().phase(Phase.EXPAND).build());
        assertEquals(List.of("CREATE TABLE public.u", "ALTER TABLE public.t ADD COLUMN c text",
                "CREATE INDEX CONCURRENTLY t_c ON public.t USING btree (c)"), heads(expand.executable()));
        List<String> skipped = heads(expand.skipped());
        assertTrue(skipped.contains("ALTER TABLE public.t DROP COLUMN old"), skipped.toString());
        assertTrue(skipped.contains("ALTER TABLE public.t ADD COLUMN d integer NOT NULL"), skipped.toString());
        assertTrue(skipped.contains("ALTER TABLE public.t ALTER COLUMN b TYPE character varying(5) USING "
                + "b::character varying(5)"), skipped.toString());
        assertTrue(skipped.contains("ALTER TABLE public.t ALTER COLUMN a SET NOT NULL"), skipped.toString());
        expand.skipped().forEach(s -> assertEquals(Planner.CONTRACT_PHASE, s.skippedReason(), s.sql()));

        Plan contract = Planner.plan(from, to, DROPS.toBuilder().phase(Phase.CONTRACT).build());
        assertEquals(heads(expand.executable()), heads(contract.skipped()));
        contract.skipped().forEach(s -> assertEquals(Planner.EXPAND_PHASE, s.skippedReason(), s.sql()));
        assertEquals(heads(expand.skipped()), heads(contract.executable()));
    }

    @Test
    void aStepThatNeedsOneOfTheOtherPhaseWaitsForIt() {
        Table before = table("t", List.of(col("a", "integer")), index("t_a", "t", "a"));
        Index changed = new Index("t_a", "CREATE UNIQUE INDEX t_a ON public.t USING btree (a)", true, "btree",
                List.of("a"), null, null);
        Plan expand = Planner.plan(catalog(before), catalog(table("t", List.of(col("a", "integer")), changed)),
                DROPS.toBuilder().phase(Phase.EXPAND).build());
        assertEquals(List.of(Planner.CONTRACT_PHASE, Planner.NEEDS_CONTRACT_STEP),
                expand.statements().stream().map(PlannedStatement::skippedReason).toList());
    }

    @Test
    void routineBodiesPostgresCannotTrackAndExtensionUpgradesAreHazards() {
        assertTrue(Hazards.isUntrackable(routine("plpgsql", "CREATE OR REPLACE FUNCTION public.f()\n RETURNS integer\n"
                + " LANGUAGE plpgsql\nAS $function$begin return 1; end$function$")));
        assertTrue(Hazards.isUntrackable(routine("sql", "CREATE OR REPLACE FUNCTION public.f()\n RETURNS integer\n"
                + " LANGUAGE sql\nAS $function$select 1$function$")));
        assertFalse(Hazards.isUntrackable(routine("sql", "CREATE OR REPLACE FUNCTION public.f()\n RETURNS integer\n"
                + " LANGUAGE sql\nBEGIN ATOMIC\n SELECT 1;\nEND")), "a SQL-standard body is tracked");
        assertFalse(Hazards.isUntrackable(routine("c", "CREATE OR REPLACE FUNCTION public.f()\n RETURNS integer\n"
                + " LANGUAGE c\nAS '$libdir/f', $function$f$function$")));

        dev.schemata.catalog.Extension from = new dev.schemata.catalog.Extension("hstore", "public", "1.7", null);
        dev.schemata.catalog.Extension to = new dev.schemata.catalog.Extension("hstore", "public", "1.8", null);
        List<Hazard> hazards = Hazards.of(new dev.schemata.diff.Change.UpdateExtension(from, to), catalog());
        assertEquals(List.of(HazardType.EXTENSION_UPGRADE), hazards.stream().map(Hazard::type).toList());
        assertTrue(hazards.get(0).message().contains("from version 1.7 to 1.8"), hazards.get(0).message());
    }

    private static dev.schemata.catalog.Routine routine(String language, String definition) {
        return new dev.schemata.catalog.Routine(dev.schemata.catalog.QualifiedName.of("public", "f"), "", "", "",
                dev.schemata.catalog.Routine.Kind.FUNCTION, language, "integer", definition, null);
    }

    private static List<String> sqls(Plan plan) {
        return plan.statements().stream().map(PlannedStatement::sql).toList();
    }

    private static List<String> heads(List<PlannedStatement> statements) {
        return statements.stream().map(s -> s.sql().lines().findFirst().orElseThrow().replaceAll(" \\($", "")).toList();
    }

    private static List<HazardType> types(PlannedStatement statement) {
        return statement.hazards().stream().map(Hazard::type).toList();
    }
}
