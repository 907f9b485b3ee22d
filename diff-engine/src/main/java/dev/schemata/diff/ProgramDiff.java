package dev.schemata.diff;

import dev.schemata.catalog.Extension;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Routine;
import dev.schemata.catalog.Trigger;
import dev.schemata.catalog.TriggerState;
import dev.schemata.diff.CommentTarget.Kind;
import java.util.List;

/** The changes of extensions, functions and procedures, and triggers. */
final class ProgramDiff {
    private ProgramDiff() {}

    static void addExtension(Extension e, List<Change> out) {
        out.add(new Change.CreateExtension(e));
        Comments.added(target(e), e.comment(), out);
    }

    static void compareExtensions(Extension from, Extension to, List<Change> out) {
        if (!from.schema().equals(to.schema())) {
            out.add(new Change.DropExtension(from));
            addExtension(to, out);
            return;
        }
        if (!from.version().equals(to.version())) {
            out.add(new Change.UpdateExtension(from, to));
        }
        Comments.compare(target(to), from.comment(), to.comment(), out);
    }

    static void addRoutine(Routine r, List<Change> out) {
        out.add(new Change.CreateRoutine(r));
        Comments.added(target(r), r.comment(), out);
    }

    static void compareRoutines(Routine from, Routine to, List<Change> out) {
        if (!from.definition().equals(to.definition())) {
            if (replaceable(from, to)) {
                out.add(new Change.ReplaceRoutine(from, to));
            } else {
                out.add(new Change.DropRoutine(from));
                addRoutine(to, out);
                return;
            }
        }
        Comments.compare(target(to), from.comment(), to.comment(), out);
    }

    /**
     * PostgreSQL replaces a routine in place unless its kind, result type, argument names or modes change,
     * or defaults are removed; anything else is dropped and created.
     */
    static boolean replaceable(Routine from, Routine to) {
        return from.kind() == to.kind() && java.util.Objects.equals(from.result(), to.result())
                && from.identityArguments().equals(to.identityArguments())
                && (from.arguments().equals(to.arguments()) || !from.arguments().contains(" DEFAULT "));
    }

    static void addTrigger(Trigger t, List<Change> out) {
        out.add(new Change.CreateTrigger(t));
        if (t.state() != TriggerState.ENABLED) {
            out.add(new Change.SetTriggerState(t));
        }
        Comments.added(target(t), t.comment(), out);
    }

    static void compareTriggers(Trigger from, Trigger to, List<Change> out) {
        if (!from.definition().equals(to.definition()) || from.constraintTrigger() != to.constraintTrigger()) {
            out.add(new Change.DropTrigger(from));
            addTrigger(to, out);
            return;
        }
        if (from.state() != to.state()) {
            out.add(new Change.SetTriggerState(to));
        }
        Comments.compare(target(to), from.comment(), to.comment(), out);
    }

    static void addStatistics(dev.schemata.catalog.ExtendedStatistics s, List<Change> out) {
        out.add(new Change.CreateStatistics(s));
        if (s.statisticsTarget() != null) {
            out.add(new Change.SetStatisticsTarget(s.name(), s.statisticsTarget()));
        }
        Comments.added(CommentTarget.of(Kind.STATISTICS, s.name()), s.comment(), out);
    }

    /** Statistics are cheap to rebuild: any other definition or target means drop and create. */
    static void compareStatistics(dev.schemata.catalog.ExtendedStatistics from,
            dev.schemata.catalog.ExtendedStatistics to, List<Change> out) {
        if (!from.definition().equals(to.definition())
                || !java.util.Objects.equals(from.statisticsTarget(), to.statisticsTarget())) {
            out.add(new Change.DropStatistics(from));
            addStatistics(to, out);
        } else {
            Comments.compare(CommentTarget.of(Kind.STATISTICS, to.name()), from.comment(), to.comment(), out);
        }
    }

    static void addAggregate(dev.schemata.catalog.Aggregate a, List<Change> out) {
        out.add(new Change.CreateAggregate(a));
        Comments.added(target(a), a.comment(), out);
    }

    static void compareAggregates(dev.schemata.catalog.Aggregate from, dev.schemata.catalog.Aggregate to,
            List<Change> out) {
        if (!from.definition().equals(to.definition())) {
            out.add(new Change.DropAggregate(from));
            addAggregate(to, out);
        } else {
            Comments.compare(target(to), from.comment(), to.comment(), out);
        }
    }

    static CommentTarget target(dev.schemata.catalog.Aggregate a) {
        return new CommentTarget(Kind.AGGREGATE, a.name().schema(), a.name().name(), a.identityArguments());
    }

    static CommentTarget target(Extension e) {
        return new CommentTarget(Kind.EXTENSION, e.schema(), e.name(), null);
    }

    static CommentTarget target(Routine r) {
        QualifiedName n = r.name();
        Kind kind = r.kind() == Routine.Kind.PROCEDURE ? Kind.PROCEDURE : Kind.FUNCTION;
        return new CommentTarget(kind, n.schema(), n.name(), r.identityArguments());
    }

    static CommentTarget target(Trigger t) {
        return CommentTarget.member(Kind.TRIGGER, t.table(), t.name());
    }
}
