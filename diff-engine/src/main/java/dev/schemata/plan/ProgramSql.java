package dev.schemata.plan;

import static dev.schemata.catalog.Identifiers.literal;
import static dev.schemata.catalog.Identifiers.quote;

import dev.schemata.catalog.Extension;
import dev.schemata.catalog.Routine;
import dev.schemata.catalog.Trigger;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.CreateExtension;
import dev.schemata.diff.Change.CreateRoutine;
import dev.schemata.diff.Change.CreateTrigger;
import dev.schemata.diff.Change.DropExtension;
import dev.schemata.diff.Change.DropRoutine;
import dev.schemata.diff.Change.DropTrigger;
import dev.schemata.diff.Change.ReplaceRoutine;
import dev.schemata.diff.Change.SetTriggerState;
import dev.schemata.diff.Change.UpdateExtension;

/** The SQL of extension, function, procedure and trigger changes. */
final class ProgramSql {
    private ProgramSql() {}

    /** The statement, or null when the change is of another kind. */
    static String of(Change change) {
        if (change instanceof CreateExtension c) return createExtension(c.extension());
        if (change instanceof DropExtension c) return "DROP EXTENSION " + quote(c.extension().name());
        if (change instanceof UpdateExtension c) {
            return "ALTER EXTENSION " + quote(c.to().name()) + " UPDATE TO " + literal(c.to().version());
        }
        if (change instanceof Change.MoveExtension c) {
            return "ALTER EXTENSION " + quote(c.from().name()) + " SET SCHEMA " + quote(c.schema());
        }
        // pg_get_functiondef prints CREATE OR REPLACE: right for a new routine and for a replaced one
        if (change instanceof CreateRoutine c) return c.routine().definition();
        if (change instanceof ReplaceRoutine c) return c.to().definition();
        if (change instanceof DropRoutine c) return dropRoutine(c.routine());
        if (change instanceof CreateTrigger c) return c.trigger().definition();
        if (change instanceof DropTrigger c) return dropTrigger(c.trigger());
        if (change instanceof SetTriggerState c) {
            Trigger t = c.trigger();
            return "ALTER TABLE " + t.table().sql() + " " + t.state().sql() + " TRIGGER " + quote(t.name());
        }
        if (change instanceof Change.CreateStatistics c) return c.statistics().definition();
        if (change instanceof Change.DropStatistics c) return "DROP STATISTICS " + c.statistics().name().sql();
        if (change instanceof Change.SetStatisticsTarget c) {
            return "ALTER STATISTICS " + c.statistics().sql() + " SET STATISTICS " + c.target();
        }
        if (change instanceof Change.CreateAggregate c) return c.aggregate().definition();
        if (change instanceof Change.DropAggregate c) {
            return "DROP AGGREGATE " + c.aggregate().name().sql() + "(" + c.aggregate().identityArguments() + ")";
        }
        return null;
    }

    private static String createExtension(Extension e) {
        return "CREATE EXTENSION " + quote(e.name()) + " WITH SCHEMA " + quote(e.schema()) + " VERSION "
                + literal(e.version());
    }

    private static String dropRoutine(Routine r) {
        return "DROP " + r.kind().sql() + " " + r.sqlSignature();
    }

    private static String dropTrigger(Trigger t) {
        return "DROP TRIGGER " + quote(t.name()) + " ON " + t.table().sql();
    }
}
