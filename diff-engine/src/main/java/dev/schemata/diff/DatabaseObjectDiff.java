package dev.schemata.diff;

import dev.schemata.catalog.Collation;
import dev.schemata.catalog.EventTrigger;
import dev.schemata.catalog.TriggerState;
import dev.schemata.diff.CommentTarget.Kind;
import java.util.List;
import java.util.Objects;

/** Collations and event triggers: PostgreSQL alters neither in place, so a change means drop and create. */
final class DatabaseObjectDiff {
    private DatabaseObjectDiff() {}

    static void addCollation(Collation c, List<Change> out) {
        out.add(new Change.CreateCollation(c));
        Comments.added(CommentTarget.of(Kind.COLLATION, c.name()), c.comment(), out);
    }

    static void compareCollations(Collation from, Collation to, List<Change> out) {
        if (!sameCollation(from, to)) {
            out.add(new Change.DropCollation(from));
            addCollation(to, out);
        } else {
            Comments.compare(CommentTarget.of(Kind.COLLATION, to.name()), from.comment(), to.comment(), out);
        }
    }

    private static boolean sameCollation(Collation a, Collation b) {
        return a.provider().equals(b.provider()) && Objects.equals(a.locale(), b.locale())
                && Objects.equals(a.lcCollate(), b.lcCollate()) && Objects.equals(a.lcCtype(), b.lcCtype())
                && a.deterministic() == b.deterministic() && Objects.equals(a.rules(), b.rules());
    }

    static void addEventTrigger(EventTrigger t, List<Change> out) {
        out.add(new Change.CreateEventTrigger(t));
        if (t.state() != TriggerState.ENABLED) {
            out.add(new Change.SetEventTriggerState(t));
        }
        Comments.added(target(t), t.comment(), out);
    }

    static void compareEventTriggers(EventTrigger from, EventTrigger to, List<Change> out) {
        if (!from.event().equals(to.event()) || !from.tags().equals(to.tags())
                || !from.function().equals(to.function())) {
            out.add(new Change.DropEventTrigger(from));
            addEventTrigger(to, out);
            return;
        }
        if (from.state() != to.state()) {
            out.add(new Change.SetEventTriggerState(to));
        }
        Comments.compare(target(to), from.comment(), to.comment(), out);
    }

    static CommentTarget target(EventTrigger t) {
        return new CommentTarget(Kind.EVENT_TRIGGER, "", t.name(), null);
    }
}
