package dev.schemata.plan;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.diff.CatalogDiff;
import dev.schemata.diff.Change;
import dev.schemata.diff.ExtensionMoves;
import dev.schemata.diff.RenameHint;
import dev.schemata.diff.Renames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the difference between two catalogs into ordered SQL statements with hazards: the diff's changes
 * become steps of one dependency graph, sorted topologically (ties broken by a stable key), then rendered.
 * Statements that would delete data are withheld unless drops are allowed, statements of the other phase
 * when a phase is chosen, and so is whatever depends on them. Each statement names the hazards it carries
 * that the options do not allow. Renames asked for by rename annotations come first, and the diff starts from
 * the renamed catalog.
 */
public final class Planner {
    static final String DROP_NOT_ALLOWED = "drop not allowed: set schema.allowDrop=true to run it";
    static final String NEEDS_WITHHELD_DROP = "needs a withheld drop to run first: set schema.allowDrop=true to run it";
    static final String CONTRACT_PHASE = "contract phase: run it with schema.phase=contract once the new "
            + "application code is deployed";
    static final String EXPAND_PHASE = "expand phase: run schema.phase=expand first";
    static final String NEEDS_CONTRACT_STEP = "needs a contract-phase statement to run first: run it with "
            + "schema.phase=contract";
    static final String NEEDS_EXPAND_STEP = "needs an expand-phase statement to run first: run schema.phase=expand first";

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
        ExtensionMoves moves = ExtensionMoves.of(renames.current(), desired);
        Catalog start = moves.current();
        List<Change> changes = new ArrayList<>(renames.changes());
        changes.addAll(moves.changes());
        changes.addAll(CatalogDiff.diff(start, desired, options.managedRoles()));
        StepGraph graph = Dependencies.link(Steps.of(changes, start, desired), start, desired);
        List<Step> ordered = new ArrayList<>(graph.sorted());
        Set<QualifiedName> labelled = enumsGettingLabels(changes);
        // a new enum label runs and commits first, so that the statements after it may use it (with the renames
        // of its enum, which must precede it)
        ordered.sort(Comparator.comparing(s -> transactional(s.change(), labelled) ? 1 : 0));
        OnlineChanges online = new OnlineChanges(start, changes, options.online());
        Map<Step, String> withheld = withheld(ordered, graph, options, start, online);
        List<PlannedStatement> statements = new ArrayList<>();
        for (Step step : ordered) {
            Set<HazardType> allowed = allowed(step, options);
            for (PlannedStatement s : render(step.change(), start, online, transactional(step.change(), labelled))) {
                List<HazardType> needed = s.hazards().stream().map(Hazard::type).filter(t -> !allowed.contains(t))
                        .distinct().sorted().toList();
                statements.add(new PlannedStatement(s.sql(), s.hazards(), withheld.get(step), s.transactional(),
                        needed));
            }
        }
        return Plan.between(statements, current, desired);
    }

    /** The statements of one step: online ones where they apply, else its one ordinary statement. */
    private static List<PlannedStatement> render(Change change, Catalog start, OnlineChanges online,
            boolean transactional) {
        List<PlannedStatement> statements = online.statements(change);
        if (statements != null) {
            return statements;
        }
        return List.of(new PlannedStatement(Sql.of(change, start), hazards(change, start, transactional), null,
                transactional));
    }

    /** The options' hazards; with allowDrop, also the data loss of the drops it governs. */
    private static Set<HazardType> allowed(Step step, PlanOptions options) {
        Set<HazardType> allowed = options.allowHazards().isEmpty() ? EnumSet.noneOf(HazardType.class)
                : EnumSet.copyOf(options.allowHazards());
        if (options.allowDrop() && isGuarded(step)) {
            allowed.add(HazardType.DELETES_DATA);
        }
        return allowed;
    }

    /**
     * Guarded drops, without allowDrop; steps of the other phase, when one is chosen; then, in order, every
     * step that needs a withheld one.
     */
    private static Map<Step, String> withheld(List<Step> ordered, StepGraph graph, PlanOptions options,
            Catalog current, OnlineChanges online) {
        Map<Step, String> contract = options.phase() == null ? Map.of()
                : heldBackByExpand(ordered, graph, current, online);
        Map<Step, String> reasons = new LinkedHashMap<>();
        for (Step step : ordered) {
            String own = !options.allowDrop() && isGuarded(step) ? DROP_NOT_ALLOWED
                    : options.phase() == Phase.EXPAND ? contract.get(step)
                    : options.phase() == Phase.CONTRACT && !contract.containsKey(step) ? EXPAND_PHASE
                    : null;
            if (own != null) {
                reasons.put(step, own);
                continue;
            }
            graph.predecessors(step).stream().filter(reasons::containsKey).findFirst().ifPresent(first -> {
                String reason = reasons.get(first);
                boolean dropOrigin = reason.equals(DROP_NOT_ALLOWED) || reason.equals(NEEDS_WITHHELD_DROP);
                reasons.put(step, dropOrigin ? NEEDS_WITHHELD_DROP : NEEDS_EXPAND_STEP);
            });
        }
        return reasons;
    }

    /**
     * The steps the expand phase holds back: those of the contract phase, and those that need one of them.
     * The contract phase runs exactly these, so that a step held back by expand is not held back again.
     */
    private static Map<Step, String> heldBackByExpand(List<Step> ordered, StepGraph graph, Catalog current,
            OnlineChanges online) {
        Map<Step, String> held = new LinkedHashMap<>();
        for (Step step : ordered) {
            if (Phases.of(step, current, online) == Phase.CONTRACT) {
                held.put(step, CONTRACT_PHASE);
            } else if (graph.predecessors(step).stream().anyMatch(held::containsKey)) {
                held.put(step, NEEDS_CONTRACT_STEP);
            }
        }
        return held;
    }

    private static boolean isGuarded(Step step) {
        return isGuardedDrop(step.change()) || step.partOf() != null && isGuardedDrop(step.partOf().change());
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
