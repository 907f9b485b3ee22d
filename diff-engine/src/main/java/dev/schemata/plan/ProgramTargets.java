package dev.schemata.plan;

import dev.schemata.catalog.Extension;
import dev.schemata.catalog.Policy;
import dev.schemata.catalog.Routine;
import dev.schemata.catalog.Trigger;
import dev.schemata.diff.CommentTarget;
import dev.schemata.diff.CommentTarget.Kind;

/** The comment targets of routines, triggers, policies and extensions, as the diff makes them. */
final class ProgramTargets {
    private ProgramTargets() {}

    static CommentTarget of(Routine r) {
        Kind kind = r.kind() == Routine.Kind.PROCEDURE ? Kind.PROCEDURE : Kind.FUNCTION;
        return new CommentTarget(kind, r.name().schema(), r.name().name(), r.identityArguments());
    }

    static CommentTarget of(Trigger t) {
        return CommentTarget.member(Kind.TRIGGER, t.table(), t.name());
    }

    static CommentTarget of(Policy p) {
        return CommentTarget.member(Kind.POLICY, p.table(), p.name());
    }

    static CommentTarget of(Extension e) {
        return new CommentTarget(Kind.EXTENSION, e.schema(), e.name(), null);
    }
}
