package dev.schemata.plan;

import dev.schemata.catalog.Catalog;
import dev.schemata.diff.CatalogDiff;
import dev.schemata.diff.Change;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the difference between two catalogs into ordered SQL statements with hazards: the diff's changes
 * become steps of one dependency graph, sorted topologically (ties broken by a stable key), then rendered.
 * Statements that would delete data are withheld unless drops are allowed, and so is whatever depends on them.
 */
public final class Planner {
    static final String DROP_NOT_ALLOWED = "drop not allowed: set schema.allowDrop=true to run it";
    static final String NEEDS_WITHHELD_DROP = "needs a withheld drop to run first: set schema.allowDrop=true to run it";

    private Planner() {}

    public static Plan plan(Catalog current, Catalog desired, PlanOptions options) {
        List<Change> changes = CatalogDiff.diff(current, desired);
        StepGraph graph = Dependencies.link(Steps.of(changes, current, desired), current, desired);
        List<Step> ordered = new ArrayList<>(graph.sorted());
        // statements outside the transaction run first; keep the plan in the order the executor follows
        ordered.sort(Comparator.comparing(s -> transactional(s.change()) ? 1 : 0));
        Map<Step, String> withheld = withheld(ordered, graph, options);
        List<PlannedStatement> statements = new ArrayList<>();
        for (Step step : ordered) {
            statements.add(new PlannedStatement(Sql.of(step.change(), current), Hazards.of(step.change(), current),
                    withheld.get(step), transactional(step.change())));
        }
        return new Plan(statements, current.fingerprint(), desired.fingerprint());
    }

    /** Guarded drops, without allowDrop; then, in order, every step that needs a withheld one. */
    private static Map<Step, String> withheld(List<Step> ordered, StepGraph graph, PlanOptions options) {
        Map<Step, String> reasons = new LinkedHashMap<>();
        if (options.allowDrop()) {
            return reasons;
        }
        for (Step step : ordered) {
            if (isGuardedDrop(step.change()) || step.partOf() != null && isGuardedDrop(step.partOf().change())) {
                reasons.put(step, DROP_NOT_ALLOWED);
            } else if (graph.predecessors(step).stream().anyMatch(reasons::containsKey)) {
                reasons.put(step, NEEDS_WITHHELD_DROP);
            }
        }
        return reasons;
    }

    /**
     * Drops that delete data or types that data may need, and schema drops, run only when allowed. Constraint,
     * index, view, materialized view (its rows are computed), routine, trigger, policy and extension drops
     * lose no data of their own and are not withheld; nor do drops of foreign tables (their rows stay on the
     * foreign server), servers, wrappers, user mappings and publications.
     */
    private static boolean isGuardedDrop(Change change) {
        return change instanceof Change.DropTable d && !d.table().properties().isForeign()
                || change instanceof Change.DropColumn
                || change instanceof Change.DropEnum || change instanceof Change.DropSequence
                || change instanceof Change.DropSchema || change instanceof Change.DropDomain
                || change instanceof Change.DropCompositeType;
    }

    private static boolean transactional(Change change) {
        return !(change instanceof Change.AddEnumValue);
    }
}
