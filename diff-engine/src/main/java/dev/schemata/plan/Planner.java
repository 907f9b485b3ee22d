package dev.schemata.plan;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.diff.CatalogDiff;
import dev.schemata.diff.Change;
import dev.schemata.diff.RenameHint;
import dev.schemata.diff.Renames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the difference between two catalogs into ordered SQL statements with hazards: the diff's changes
 * become steps of one dependency graph, sorted topologically (ties broken by a stable key), then rendered.
 * Statements that would delete data are withheld unless drops are allowed, and so is whatever depends on them.
 * Renames asked for by rename annotations come first, and the diff starts from the renamed catalog.
 */
public final class Planner {
    static final String DROP_NOT_ALLOWED = "drop not allowed: set schema.allowDrop=true to run it";
    static final String NEEDS_WITHHELD_DROP = "needs a withheld drop to run first: set schema.allowDrop=true to run it";

    private Planner() {}

    public static Plan plan(Catalog current, Catalog desired, PlanOptions options) {
        return plan(current, desired, List.of(), options);
    }

    /**
     * Plans as {@link #plan(Catalog, Catalog, PlanOptions)}, first renaming what the schema files' rename
     * annotations ask for (see {@link Renames}); the rest of the plan starts from the renamed objects.
     *
     * @throws dev.schemata.SchemataException when an annotation names nothing on the target, or a name in use
     */
    public static Plan plan(Catalog current, Catalog desired, List<RenameHint> renameHints, PlanOptions options) {
        Renames renames = Renames.of(current, desired, renameHints);
        Catalog start = renames.current();
        List<Change> changes = new ArrayList<>(renames.changes());
        changes.addAll(CatalogDiff.diff(start, desired, options.managedRoles()));
        StepGraph graph = Dependencies.link(Steps.of(changes, start, desired), start, desired);
        List<Step> ordered = new ArrayList<>(graph.sorted());
        Set<QualifiedName> labelled = enumsGettingLabels(changes);
        // statements outside the transaction run first; keep the plan in the order the executor follows
        ordered.sort(Comparator.comparing(s -> transactional(s.change(), labelled) ? 1 : 0));
        Map<Step, String> withheld = withheld(ordered, graph, options);
        List<PlannedStatement> statements = new ArrayList<>();
        for (Step step : ordered) {
            boolean inside = transactional(step.change(), labelled);
            statements.add(new PlannedStatement(Sql.of(step.change(), start), hazards(step.change(), start, inside),
                    withheld.get(step), inside));
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
     * lose no data of their own and are not withheld.
     */
    private static boolean isGuardedDrop(Change change) {
        return change instanceof Change.DropTable || change instanceof Change.DropColumn
                || change instanceof Change.DropEnum || change instanceof Change.DropSequence
                || change instanceof Change.DropSchema || change instanceof Change.DropDomain
                || change instanceof Change.DropCompositeType || change instanceof Change.DropRangeType;
    }

    /**
     * A new enum label runs outside the transaction, so it goes first; so does a rename of its enum or of one
     * of the enum's labels, which must precede it.
     */
    private static boolean transactional(Change change, Set<QualifiedName> enumsGettingLabels) {
        if (change instanceof Change.RenameType r && r.kind() == ObjectKind.ENUM) {
            return !enumsGettingLabels.contains(QualifiedName.of(r.type().schema(), r.newName()));
        }
        if (change instanceof Change.RenameEnumValue r) {
            return !enumsGettingLabels.contains(r.type());
        }
        return !(change instanceof Change.AddEnumValue);
    }

    private static List<Hazard> hazards(Change change, Catalog start, boolean transactional) {
        if (change instanceof Change.Rename && !transactional) {
            return List.of(new Hazard(HazardType.NOT_TRANSACTIONAL, "runs and commits before the other statements,"
                    + " ahead of the new labels of its enum; it stays if a later statement fails"));
        }
        return Hazards.of(change, start);
    }

    private static Set<QualifiedName> enumsGettingLabels(List<Change> changes) {
        Set<QualifiedName> types = new HashSet<>();
        changes.stream().filter(c -> c instanceof Change.AddEnumValue)
                .forEach(c -> types.add(((Change.AddEnumValue) c).type()));
        return types;
    }
}
