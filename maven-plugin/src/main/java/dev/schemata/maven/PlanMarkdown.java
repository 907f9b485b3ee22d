package dev.schemata.maven;

import dev.schemata.plan.Hazard;
import dev.schemata.plan.Plan;
import dev.schemata.plan.PlannedStatement;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plan as Markdown fit for a pull-request comment: a summary line, the hazards counted by type, then each
 * statement in a SQL block with its hazards, withheld statements marked with their reason.
 */
final class PlanMarkdown {
    private PlanMarkdown() {}

    static String of(Plan plan) {
        StringBuilder out = new StringBuilder("## Schema plan\n\n");
        if (plan.statements().isEmpty()) {
            return out.append(PlanReport.NO_CHANGES).append('\n').toString();
        }
        out.append("**").append(PlanReport.summary(plan)).append("**\n\n");
        Map<String, Integer> hazards = new TreeMap<>();
        plan.statements().forEach(s -> s.hazards().forEach(h -> hazards.merge(h.type().name(), 1, Integer::sum)));
        if (!hazards.isEmpty()) {
            out.append("| hazard | statements |\n| --- | ---: |\n");
            hazards.forEach((type, n) -> out.append("| `").append(type).append("` | ").append(n).append(" |\n"));
            out.append('\n');
        }
        int number = 0;
        for (PlannedStatement statement : plan.statements()) {
            number++;
            out.append(number).append(". ");
            out.append(statement.skipped() ? "*withheld: " + statement.skippedReason() + "*"
                    : statement.refused() ? "**needs permission: add `" + Plan.names(statement.needsPermission())
                            + "` to `schema.allowHazards`**"
                    : "runs").append('\n');
            for (Hazard hazard : statement.hazards()) {
                out.append("   - ⚠ `").append(hazard.type()).append("`: ").append(hazard.message()).append('\n');
            }
            out.append("\n   ```sql\n");
            statement.sql().lines().forEach(line -> out.append("   ").append(line).append('\n'));
            out.append("   ```\n\n");
        }
        return out.toString();
    }
}
