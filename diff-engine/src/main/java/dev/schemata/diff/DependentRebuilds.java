package dev.schemata.diff;

import dev.schemata.catalog.Identifiers;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.ExtendedStatistics;
import dev.schemata.catalog.Policy;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Trigger;
import dev.schemata.diff.Change.DropRoutine;
import dev.schemata.diff.Change.DropTable;
import dev.schemata.diff.Change.DropView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Triggers, policies and statistics that stay but go with something the plan drops: the table or view they are on is
 * dropped and created again, a trigger's function is, or a policy uses a column that is dropped or retyped
 * (PostgreSQL refuses both while the policy exists). They are dropped first and created again after.
 */
final class DependentRebuilds {
    private DependentRebuilds() {}

    static List<Change> apply(List<Change> changes, Catalog current, Catalog desired) {
        Set<QualifiedName> recreated = new HashSet<>();
        Set<QualifiedName> droppedFunctions = new HashSet<>();
        ChangedColumns changedColumns = new ChangedColumns(current);
        for (Change c : changes) {
            changedColumns.note(c);
            if (c instanceof DropTable d) recreated.add(d.table().name());
            if (c instanceof DropView d) recreated.add(d.view().name());
            if (c instanceof DropRoutine d && d.routine().argumentTypes().isEmpty()) {
                droppedFunctions.add(d.routine().name());
            }
        }
        List<Change> out = new ArrayList<>(changes);
        for (Trigger t : current.triggers()) {
            Trigger kept = find(desired.triggers(), t);
            if (kept != null && kept.definition().equals(t.definition())
                    && (recreated.contains(t.table()) || droppedFunctions.contains(t.function()))) {
                out.removeIf(c -> isAbout(c, t));
                out.add(new Change.DropTrigger(t));
                ProgramDiff.addTrigger(kept, out);
            }
        }
        for (Policy p : current.policies()) {
            Policy kept = desired.policies().stream()
                    .filter(d -> d.table().equals(p.table()) && d.name().equals(p.name())).findFirst().orElse(null);
            if (kept != null && PolicyDiff.samePolicy(p, kept)
                    && (recreated.contains(p.table()) || usesAny(p, changedColumns.of(p.table())))) {
                out.removeIf(c -> c instanceof Change.SetComment s && s.target().equals(PolicyDiff.target(p)));
                out.add(new Change.DropPolicy(p));
                PolicyDiff.add(kept, out);
            }
        }
        statistics(out, current, desired, changedColumns, recreated);
        return out;
    }

    /**
     * Statistics that stay but go with their table, which is dropped and created again (property seed 7396),
     * or that PostgreSQL rebuilds without their target on a retyped column (property seed 187): they are
     * dropped first and created again after, target and all.
     */
    private static void statistics(List<Change> out, Catalog current, Catalog desired,
            ChangedColumns changedColumns, Set<QualifiedName> recreated) {
        for (ExtendedStatistics x : current.statistics()) {
            ExtendedStatistics kept = desired.statistics().stream().filter(d -> d.name().equals(x.name())).findFirst()
                    .orElse(null);
            boolean targetLost = x.statisticsTarget() != null && changedColumns.of(x.table()).stream()
                    .anyMatch(c -> Identifiers.mentions(x.definition(), c));
            if (x.equals(kept) && (recreated.contains(x.table()) || targetLost)) {
                out.add(new Change.DropStatistics(x));
                out.removeIf(c -> c instanceof Change.SetComment s && s.target().equals(
                        CommentTarget.of(CommentTarget.Kind.STATISTICS, x.name())));
                ProgramDiff.addStatistics(kept, out);
            }
        }
    }

    private static Trigger find(List<Trigger> triggers, Trigger like) {
        return triggers.stream().filter(t -> t.table().equals(like.table()) && t.name().equals(like.name()))
                .findFirst().orElse(null);
    }

    private static boolean isAbout(Change change, Trigger trigger) {
        return change instanceof Change.SetTriggerState s && s.trigger().table().equals(trigger.table())
                && s.trigger().name().equals(trigger.name())
                || change instanceof Change.SetComment c && c.target().equals(ProgramDiff.target(trigger));
    }

    private static boolean usesAny(Policy policy, Set<String> columns) {
        String text = Objects.toString(policy.using(), "") + " " + Objects.toString(policy.withCheck(), "");
        return columns.stream().anyMatch(c -> Identifiers.mentions(text, c));
    }
}
