package dev.schemata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemata.plan.Hazard;
import dev.schemata.plan.HazardType;
import dev.schemata.plan.Plan;
import dev.schemata.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanReportTest {
    private final List<String> lines = new ArrayList<>();

    private void print(Plan plan) {
        PlanReport.print(plan, line -> lines.add("INFO " + line), line -> lines.add("WARN " + line));
    }

    @Test
    void emptyPlanSaysNoChanges() {
        print(new Plan(List.of(), "a", "a"));
        assertEquals(List.of("INFO " + PlanReport.NO_CHANGES), lines);
    }

    @Test
    void statementsAreNumberedWithHazardsBelowAndSkippedOnesWithTheirReason() {
        PlannedStatement create = PlannedStatement.of("CREATE TABLE public.t (\n    id bigint\n)");
        PlannedStatement index = PlannedStatement.of("CREATE INDEX t_id ON public.t (id)",
                new Hazard(HazardType.INDEX_BUILD, "reads the whole table"));
        PlannedStatement drop = PlannedStatement.of("ALTER TABLE public.t DROP COLUMN note",
                new Hazard(HazardType.DELETES_DATA, "the column's values are lost")).skip("drops need schema.allowDrop=true");
        print(new Plan(List.of(create, index, drop), "a", "b"));
        assertEquals(List.of(
                "INFO   1. CREATE TABLE public.t (",
                "INFO          id bigint",
                "INFO      );",
                "INFO   2. CREATE INDEX t_id ON public.t (id);",
                "WARN      hazard INDEX_BUILD: reads the whole table",
                "INFO   3. skipped, drops need schema.allowDrop=true:",
                "INFO      -- ALTER TABLE public.t DROP COLUMN note",
                "WARN      hazard DELETES_DATA: the column's values are lost",
                "INFO 2 statements to run, 1 withheld"), lines);
    }

    @Test
    void withheldStatementsKeepTheirNumberInThePlan() {
        PlannedStatement add = PlannedStatement.of("ALTER TABLE public.t ADD COLUMN email text");
        PlannedStatement drop = PlannedStatement.of("ALTER TABLE public.t DROP COLUMN fax").skip("drop not allowed");
        PlanReport.printWithheld(new Plan(List.of(add, drop), "a", "b"), lines::add, lines::add);
        assertEquals(List.of("  2. skipped, drop not allowed:", "     -- ALTER TABLE public.t DROP COLUMN fax"), lines);
    }

    @Test
    void aStatementWithAHazardNotAllowedSaysWhatToAllow() {
        PlannedStatement retype = new PlannedStatement("ALTER TABLE public.t ALTER COLUMN n TYPE bigint",
                List.of(new Hazard(HazardType.TABLE_REWRITE, "rewrites public.t")), null, true,
                List.of(HazardType.TABLE_REWRITE));
        print(new Plan(List.of(retype), "a", "b"));
        assertEquals(List.of(
                "INFO   1. ALTER TABLE public.t ALTER COLUMN n TYPE bigint;",
                "WARN      hazard TABLE_REWRITE: rewrites public.t",
                "WARN      needs permission: add TABLE_REWRITE to schema.allowHazards, or apply refuses the plan",
                "INFO 1 statement to run, 0 withheld, 1 of them need permission in schema.allowHazards"), lines);
    }

    @Test
    void summaryCountsOneStatementInTheSingular() {
        assertEquals("1 statement to run, 0 withheld",
                PlanReport.summary(new Plan(List.of(PlannedStatement.of("SELECT 1")), "a", "b")));
    }
}
