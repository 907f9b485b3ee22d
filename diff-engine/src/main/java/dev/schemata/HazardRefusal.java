package dev.schemata;

import dev.schemata.plan.Hazard;
import dev.schemata.plan.HazardType;
import dev.schemata.plan.Plan;
import dev.schemata.plan.PlanOptions;
import dev.schemata.plan.PlannedStatement;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Refuses, before anything runs, a plan with a statement whose hazards the options do not allow. */
final class HazardRefusal {
    private HazardRefusal() {}

    /** @throws SchemataException listing each refused statement, its hazards to allow, and how to allow them */
    static void check(Plan plan, PlanOptions options) {
        List<PlannedStatement> refused = plan.refused();
        if (refused.isEmpty()) {
            return;
        }
        Set<HazardType> needed = EnumSet.noneOf(HazardType.class);
        StringBuilder message = new StringBuilder("The plan has ").append(refused.size())
                .append(refused.size() == 1 ? " statement" : " statements")
                .append(" with hazards that schema.allowHazards does not allow; nothing was applied:\n");
        List<PlannedStatement> all = plan.statements();
        for (int i = 0; i < all.size(); i++) {
            PlannedStatement s = all.get(i);
            if (!s.refused()) {
                continue;
            }
            message.append(String.format("%3d. ", i + 1)).append(s.sql().lines().findFirst().orElse("")).append('\n');
            for (Hazard h : s.hazards()) {
                if (s.needsPermission().contains(h.type())) {
                    message.append("     needs ").append(h.type()).append(": ").append(h.message()).append('\n');
                }
            }
            needed.addAll(s.needsPermission());
        }
        Set<HazardType> allowing = EnumSet.copyOf(needed);
        allowing.addAll(options.allowHazards());
        message.append("To run them, allow their hazards: -Dschema.allowHazards=").append(Plan.names(allowing))
                .append(" (or <allowHazards> in the plugin configuration; the list replaces the default ")
                .append(Plan.names(PlanOptions.DEFAULT_ALLOWED_HAZARDS))
                .append("). Or change the schema files so that the plan avoids them, or deploy in phases "
                        + "(schema.phase=expand, then contract).");
        throw new SchemataException(message.toString());
    }
}
