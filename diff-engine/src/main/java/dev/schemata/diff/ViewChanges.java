package dev.schemata.diff;

import dev.schemata.catalog.QualifiedName;
import dev.schemata.diff.Change.CreateIndex;
import dev.schemata.diff.Change.CreateView;
import dev.schemata.diff.Change.DropIndex;
import dev.schemata.diff.Change.DropView;
import dev.schemata.diff.Change.ReplaceView;
import dev.schemata.diff.Change.SetComment;

/** Which view (or table: they share one namespace) a change is about. */
final class ViewChanges {
    private ViewChanges() {}

    /** The relation the change is about, or null when it is about none. */
    static QualifiedName subject(Change change) {
        if (change instanceof CreateView c) return c.view().name();
        if (change instanceof DropView c) return c.view().name();
        if (change instanceof ReplaceView c) return c.to().name();
        if (change instanceof CreateIndex c) return c.table();
        if (change instanceof DropIndex c) return c.table();
        if (change instanceof SetComment c) {
            return switch (c.target().kind()) {
                case VIEW, MATERIALIZED_VIEW, COLUMN, INDEX -> c.target().objectName();
                default -> null;
            };
        }
        return null;
    }
}
