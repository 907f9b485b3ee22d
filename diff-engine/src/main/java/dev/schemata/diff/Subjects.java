package dev.schemata.diff;

import dev.schemata.catalog.QualifiedName;
import dev.schemata.diff.Change.AddConstraint;
import dev.schemata.diff.Change.AttachPartition;
import dev.schemata.diff.Change.ColumnChange;
import dev.schemata.diff.Change.CreateIndex;
import dev.schemata.diff.Change.CreateTable;
import dev.schemata.diff.Change.CreateView;
import dev.schemata.diff.Change.DetachPartition;
import dev.schemata.diff.Change.DropConstraint;
import dev.schemata.diff.Change.DropIndex;
import dev.schemata.diff.Change.DropTable;
import dev.schemata.diff.Change.DropView;
import dev.schemata.diff.Change.ReplaceView;
import dev.schemata.diff.Change.SetComment;

/** Which table or view (they share one namespace) a change is about. */
final class Subjects {
    private Subjects() {}

    /** The relation the change is about, or null when it is about none. */
    static QualifiedName of(Change change) {
        if (change instanceof CreateTable c) return c.table().name();
        if (change instanceof DropTable c) return c.table().name();
        if (change instanceof ColumnChange c) return c.table();
        if (change instanceof AddConstraint c) return c.table();
        if (change instanceof DropConstraint c) return c.table();
        if (change instanceof AttachPartition c) return c.partition();
        if (change instanceof Change.SetRowSecurity c) return c.table();
        if (change instanceof Change.SetLogged c) return c.table();
        if (change instanceof Change.SetReplicaIdentity c) return c.table();
        if (change instanceof Change.SetStorageParameters c) return c.table();
        if (change instanceof DetachPartition c) return c.partition();
        if (change instanceof CreateView c) return c.view().name();
        if (change instanceof DropView c) return c.view().name();
        if (change instanceof ReplaceView c) return c.to().name();
        if (change instanceof CreateIndex c) return c.table();
        if (change instanceof DropIndex c) return c.table();
        if (change instanceof Change.SetForeignTableOptions c) return c.table();
        if (change instanceof Change.AddInherit c) return c.table();
        if (change instanceof Change.DropInherit c) return c.table();
        if (change instanceof Change.SetForeignColumnOptions c) return c.table();
        if (change instanceof SetComment c) {
            return switch (c.target().kind()) {
                case TABLE, FOREIGN_TABLE, CONSTRAINT, VIEW, MATERIALIZED_VIEW, COLUMN, INDEX -> c.target().objectName();
                default -> null;
            };
        }
        return null;
    }
}
