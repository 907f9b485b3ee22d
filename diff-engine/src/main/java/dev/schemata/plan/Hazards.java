package dev.schemata.plan;

import static dev.schemata.plan.HazardType.ACCESS_EXCLUSIVE_LOCK;
import static dev.schemata.plan.HazardType.DELETES_DATA;
import static dev.schemata.plan.HazardType.EXTENSION_UPGRADE;
import static dev.schemata.plan.HazardType.INDEX_BUILD;
import static dev.schemata.plan.HazardType.INDEX_DROPPED;
import static dev.schemata.plan.HazardType.NOT_TRANSACTIONAL;
import static dev.schemata.plan.HazardType.TABLE_REWRITE;
import static dev.schemata.plan.HazardType.UNTRACKABLE_DEPENDENCY;
import static dev.schemata.plan.HazardType.VALIDATION_SCAN;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.ConstraintKind;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Routine;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.AddColumn;
import dev.schemata.diff.Change.AddConstraint;
import dev.schemata.diff.Change.AddEnumValue;
import dev.schemata.diff.Change.ChangeColumnType;
import dev.schemata.diff.Change.CreateIndex;
import dev.schemata.diff.Change.DropColumn;
import dev.schemata.diff.Change.DropEnum;
import dev.schemata.diff.Change.DropIndex;
import dev.schemata.diff.Change.DropSequence;
import dev.schemata.diff.Change.DropTable;
import dev.schemata.diff.Change.SetNotNull;
import java.util.ArrayList;
import java.util.List;

/** The risks of each change on the current database. Work on a table created by the same plan is free. */
final class Hazards {
    private final Catalog current;
    private final List<Hazard> found = new ArrayList<>();

    private Hazards(Catalog current) {
        this.current = current;
    }

    static List<Hazard> of(Change change, Catalog current) {
        Hazards hazards = new Hazards(current);
        hazards.classify(change);
        return List.copyOf(hazards.found);
    }

    private void classify(Change change) {
        if (change instanceof DropTable c && c.table().properties().isForeign() || isOnForeignTable(change)) {
            return; // a foreign table holds no rows here: they stay on the foreign server
        } else if (change instanceof DropTable c) {
            add(DELETES_DATA, "drops table " + c.table().name() + " and all its rows");
        } else if (change instanceof Change.DropUserMapping c) {
            add(DELETES_DATA, "drops user mapping for " + c.mapping().userSql() + " server " + c.mapping().server()
                    + ": its secret options (password), which Schemata does not manage, go with it and must be"
                    + " set again outside the plan");
        } else if (change instanceof DropColumn c) {
            add(DELETES_DATA, "drops column " + c.column() + " of " + c.table() + " and its values");
        } else if (change instanceof DropEnum c) {
            add(DELETES_DATA, "drops type " + c.type().name());
        } else if (change instanceof DropSequence c) {
            add(DELETES_DATA, "drops sequence " + c.sequence().name() + " and its current value");
        } else if (change instanceof ChangeColumnType c) {
            changeType(c);
        } else if (change instanceof SetNotNull c) {
            add(VALIDATION_SCAN, "reads all rows of " + c.table() + " to check " + c.column() + " has no nulls");
            add(ACCESS_EXCLUSIVE_LOCK, "blocks reads and writes of " + c.table() + " during the scan");
        } else if (change instanceof AddColumn c && exists(c.table())) {
            addColumn(c.table(), c.definition());
        } else if (change instanceof AddConstraint c && exists(c.table())) {
            addConstraint(c);
        } else if (change instanceof CreateIndex c && exists(c.table())) {
            add(INDEX_BUILD, "builds index " + c.index().name() + " on " + c.table()
                    + " without CONCURRENTLY, blocking writes while it runs");
        } else if (change instanceof DropIndex c) {
            add(INDEX_DROPPED, "drops index " + c.index().name() + " on " + c.table()
                    + ": queries that used it may slow down");
        } else if (change instanceof Change.AttachPartition c && exists(c.partition())) {
            add(VALIDATION_SCAN, "reads all rows of " + c.partition() + " to check they fit " + c.bound()
                    + " (unless a CHECK constraint proves it)");
            add(ACCESS_EXCLUSIVE_LOCK, "blocks reads and writes of " + c.partition() + " during the scan");
        } else if (change instanceof Change.DetachPartition c) {
            add(ACCESS_EXCLUSIVE_LOCK, "blocks reads and writes of " + c.parent() + " while " + c.partition()
                    + " is detached; its rows leave the partitioned table");
        } else if (change instanceof Change.DropView c && c.view().materialized()) {
            add(ACCESS_EXCLUSIVE_LOCK, "drops materialized view " + c.view().name()
                    + " and its stored rows: readers wait, and a re-created one runs its query again");
        } else if (change instanceof Change.ConvertEnumColumn c) {
            add(TABLE_REWRITE, "rewrites " + c.table() + " to convert " + c.definition().name() + " to " + c.type());
            add(ACCESS_EXCLUSIVE_LOCK, "blocks reads and writes of " + c.table() + " during the rewrite");
            add(DELETES_DATA, "values of " + c.definition().name() + " of " + c.table() + " that are not labels of the"
                    + " new " + c.type() + " are refused: the whole plan then fails");
        } else if (change instanceof Change.ConvertRangeColumn c) {
            add(TABLE_REWRITE, "rewrites " + c.table() + " to convert " + c.definition().name() + " to " + c.type()
                    + " through the text form of its values");
            add(ACCESS_EXCLUSIVE_LOCK, "blocks reads and writes of " + c.table() + " during the rewrite");
            add(DELETES_DATA, "values of " + c.definition().name() + " of " + c.table() + " whose bounds do not"
                    + " convert to the new " + c.type() + " are refused: the whole plan then fails and rolls back");
        } else if (change instanceof Change.SetLogged c) {
            add(TABLE_REWRITE, "rewrites " + c.table() + " to make it " + (c.unlogged() ? "unlogged: its rows are "
                    + "then lost on a crash and not replicated" : "logged"));
            add(ACCESS_EXCLUSIVE_LOCK, "blocks reads and writes of " + c.table() + " during the rewrite");
        } else if (change instanceof Change.DropDomain c) {
            add(DELETES_DATA, "drops domain " + c.domain().name());
        } else if (change instanceof Change.DropCompositeType c) {
            add(DELETES_DATA, "drops type " + c.type().name());
        } else if (change instanceof Change.DropRangeType c) {
            add(DELETES_DATA, "drops range type " + c.type().name());
        } else if (change instanceof Change.DropAttribute c) {
            add(DELETES_DATA, "drops attribute " + c.attribute().name() + " of type " + c.type()
                    + " and its values in every column of the type");
        } else if (isAuthorization(change)) {
            add(HazardType.AUTHORIZATION, authorization(change));
        } else if (change instanceof Change.ValidateConstraint c) {
            add(VALIDATION_SCAN, "reads all rows of " + c.table() + " to validate " + c.constraint().name()
                    + ", holding a SHARE UPDATE EXCLUSIVE lock: reads and writes go on");
        } else if (change instanceof Change.UpdateExtension c) {
            add(EXTENSION_UPGRADE, "runs the upgrade script of extension " + c.to().name() + " from version "
                    + c.from().version() + " to " + c.to().version() + ": it may change or drop the functions, "
                    + "types and data the extension owns");
        } else if (change instanceof Change.CreateRoutine c) {
            untrackable(c.routine());
        } else if (change instanceof Change.ReplaceRoutine c) {
            untrackable(c.to());
        } else if (change instanceof AddEnumValue c) {
            add(NOT_TRANSACTIONAL, "runs and commits before the other statements (a new enum label cannot be "
                    + "used in the transaction that adds it); it stays if a later statement fails");
        }
    }

    private static boolean isAuthorization(Change change) {
        return change instanceof Change.GrantPrivilege || change instanceof Change.RevokePrivilege
                || change instanceof Change.GrantDefaultPrivilege || change instanceof Change.RevokeDefaultPrivilege
                || change instanceof Change.SetOwner;
    }

    private static String authorization(Change change) {
        if (change instanceof Change.GrantPrivilege c) {
            return "grants " + PrivilegeSql.describe(c.privilege()) + " to " + c.privilege().grantee()
                    + (c.privilege().grantable() ? " with grant option" : "");
        }
        if (change instanceof Change.RevokePrivilege c) {
            return "revokes " + (c.grantOptionOnly() ? "the grant option for " : "")
                    + PrivilegeSql.describe(c.privilege()) + " from " + c.privilege().grantee();
        }
        if (change instanceof Change.GrantDefaultPrivilege c) {
            return "objects created later grant " + PrivilegeSql.describe(c.privilege()) + " to "
                    + c.privilege().grantee();
        }
        if (change instanceof Change.RevokeDefaultPrivilege c) {
            return "objects created later no longer grant " + (c.grantOptionOnly() ? "the grant option for " : "")
                    + PrivilegeSql.describe(c.privilege()) + " to " + c.privilege().grantee();
        }
        Change.SetOwner c = (Change.SetOwner) change;
        return "makes " + c.owner().owner() + " the owner of " + c.owner().on()
                + ": the privileges the owner before held as owner pass to it";
    }

    private boolean isOnForeignTable(Change change) {
        QualifiedName table = change instanceof Change.ColumnChange c ? c.table()
                : change instanceof AddConstraint c ? c.table() : null;
        return table != null && current.table(table).map(t -> t.properties().isForeign()).orElse(false);
    }

    /**
     * What the type change costs; a change from an enum, or between types PostgreSQL casts not directly, goes
     * through text, where a value that does not parse as the new type is refused.
     */
    static TypeConversion conversion(ChangeColumnType c, Catalog current) {
        TypeConversion conversion = TypeConversion.of(c.from().type(), c.to().type());
        if (conversion == TypeConversion.REWRITE && (References.isEnum(c.from().type(), current)
                || !DirectCasts.exist(c.from().type(), c.to().type(), current))) {
            return TypeConversion.LOSSY;
        }
        return conversion;
    }

    /** Whether PostgreSQL records what the routine's body uses: only for a SQL-standard body and C code. */
    static boolean isUntrackable(Routine routine) {
        String language = routine.language();
        boolean stringBody = routine.definition().contains(" AS $") || routine.definition().contains("\nAS $");
        return stringBody && !language.equals("c") && !language.equals("internal");
    }

    private void untrackable(Routine routine) {
        if (isUntrackable(routine)) {
            add(UNTRACKABLE_DEPENDENCY, "PostgreSQL does not record what the " + routine.language() + " body of "
                    + routine.name() + "(" + routine.argumentTypes() + ") uses: a table, column or routine it needs "
                    + "can be dropped or changed without error, and the call fails only when it runs");
        }
    }

    private void changeType(ChangeColumnType c) {
        TypeConversion conversion = conversion(c, current);
        String column = c.column() + " of " + c.table();
        if (conversion == TypeConversion.NO_REWRITE) {
            return;
        }
        add(TABLE_REWRITE, "rewrites " + c.table() + " to change " + c.column() + " from " + c.from().type()
                + " to " + c.to().type());
        add(ACCESS_EXCLUSIVE_LOCK, "blocks reads and writes of " + c.table() + " during the rewrite");
        if (conversion == TypeConversion.LOSSY) {
            add(DELETES_DATA, "values of " + column + " may be cut, rounded or refused by the cast to "
                    + c.to().type());
        }
    }

    private void addColumn(QualifiedName table, Column column) {
        String defaultExpression = column.defaultExpression() == null ? "" : column.defaultExpression();
        boolean filledRowByRow = column.identity() != null || column.generatedExpression() != null
                || defaultExpression.contains("nextval(");
        if (filledRowByRow) {
            add(TABLE_REWRITE, "rewrites " + table + " to fill the new column " + column.name() + " row by row");
            add(ACCESS_EXCLUSIVE_LOCK, "blocks reads and writes of " + table + " during the rewrite");
        }
    }

    private void addConstraint(AddConstraint c) {
        if (!c.constraint().validated()) {
            return; // NOT VALID: existing rows are not checked
        }
        ConstraintKind kind = c.constraint().kind();
        String name = c.constraint().name();
        if (kind == ConstraintKind.PRIMARY_KEY || kind == ConstraintKind.UNIQUE || kind == ConstraintKind.EXCLUSION) {
            add(INDEX_BUILD, "builds the index of " + name + " on " + c.table() + ", blocking writes while it runs");
        }
        add(VALIDATION_SCAN, "reads all rows of " + c.table() + " to validate " + name);
    }

    private boolean exists(QualifiedName table) {
        return current.table(table).isPresent() || current.view(table).isPresent();
    }

    private void add(HazardType type, String message) {
        found.add(new Hazard(type, message));
    }
}
