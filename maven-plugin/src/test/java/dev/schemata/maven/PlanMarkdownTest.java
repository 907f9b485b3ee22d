package dev.schemata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemata.plan.Hazard;
import dev.schemata.plan.HazardType;
import dev.schemata.plan.Plan;
import dev.schemata.plan.PlannedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanMarkdownTest {
    @Test
    void anEmptyPlanSaysSo() {
        assertEquals("## Schema plan\n\n" + PlanReport.NO_CHANGES + "\n", PlanMarkdown.of(new Plan(List.of(), "a", "b")));
    }

    @Test
    void statementsHazardsAndWithheldDropsAreListed() {
        PlannedStatement add = PlannedStatement.of("CREATE INDEX t_a ON public.t USING btree (a)",
                new Hazard(HazardType.INDEX_BUILD, "builds t_a reading all of public.t"));
        PlannedStatement drop = PlannedStatement.of("ALTER TABLE public.t DROP COLUMN b",
                new Hazard(HazardType.DELETES_DATA, "drops column public.t.b and its values"))
                .skip("drop not allowed: set schema.allowDrop=true to run it");
        assertEquals("""
                ## Schema plan

                **1 statement to run, 1 withheld**

                | hazard | statements |
                | --- | ---: |
                | `DELETES_DATA` | 1 |
                | `INDEX_BUILD` | 1 |

                1. runs
                   - ⚠ `INDEX_BUILD`: builds t_a reading all of public.t

                   ```sql
                   CREATE INDEX t_a ON public.t USING btree (a)
                   ```

                2. *withheld: drop not allowed: set schema.allowDrop=true to run it*
                   - ⚠ `DELETES_DATA`: drops column public.t.b and its values

                   ```sql
                   ALTER TABLE public.t DROP COLUMN b
                   ```

                """, PlanMarkdown.of(new Plan(List.of(add, drop), "a", "b")));
    }
}
