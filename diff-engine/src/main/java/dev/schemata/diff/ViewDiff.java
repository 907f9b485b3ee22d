package dev.schemata.diff;

import dev.schemata.catalog.Column;
import dev.schemata.catalog.Index;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.View;
import dev.schemata.diff.Change.CreateIndex;
import dev.schemata.diff.Change.DropIndex;
import dev.schemata.diff.CommentTarget.Kind;
import java.util.List;
import java.util.Objects;

/** The changes of one view or materialized view: new, or existing on both sides. */
final class ViewDiff {
    private ViewDiff() {}

    /** The view, its indexes and every comment on it, as a new object. */
    static void create(View view, List<Change> out) {
        out.add(new Change.CreateView(view));
        view.indexes().forEach(i -> out.add(new CreateIndex(view.name(), i)));
        Comments.added(target(view), view.comment(), out);
        for (Column c : view.columns()) {
            Comments.added(CommentTarget.member(Kind.COLUMN, view.name(), c.name()), c.comment(), out);
        }
        for (Index i : view.indexes()) {
            Comments.added(CommentTarget.member(Kind.INDEX, view.name(), i.name()), i.comment(), out);
        }
    }

    static void compare(View from, View to, List<Change> out) {
        if (sameQuery(from, to)) {
            compareParts(from, to, out);
        } else if (replaceable(from, to)) {
            out.add(new Change.ReplaceView(from, to));
            compareParts(from, to, out);
        } else {
            out.add(new Change.DropView(from));
            create(to, out);
        }
    }

    static CommentTarget target(View view) {
        return CommentTarget.of(view.materialized() ? Kind.MATERIALIZED_VIEW : Kind.VIEW, view.name());
    }

    private static boolean sameQuery(View a, View b) {
        return a.materialized() == b.materialized() && a.definition().equals(b.definition())
                && a.options().equals(b.options());
    }

    /**
     * PostgreSQL replaces a view in place when the old columns keep their names and types in the same
     * positions (new ones may follow); a materialized view is never replaced.
     */
    static boolean replaceable(View from, View to) {
        if (from.materialized() || to.materialized() || !from.options().equals(to.options())
                || to.columns().size() < from.columns().size()) {
            return false;
        }
        for (int i = 0; i < from.columns().size(); i++) {
            Column a = from.columns().get(i);
            Column b = to.columns().get(i);
            if (!a.name().equals(b.name()) || !a.type().equals(b.type())
                    || !Objects.equals(a.collation(), b.collation())) {
                return false;
            }
        }
        return true;
    }

    private static void compareParts(View from, View to, List<Change> out) {
        QualifiedName name = to.name();
        Matching.match(from.indexes(), to.indexes(), Index::name,
                i -> {
                    out.add(new CreateIndex(name, i));
                    Comments.added(CommentTarget.member(Kind.INDEX, name, i.name()), i.comment(), out);
                },
                i -> out.add(new DropIndex(name, i)),
                (a, b) -> {
                    if (a.definition().equals(b.definition())) {
                        Comments.compare(CommentTarget.member(Kind.INDEX, name, b.name()), a.comment(), b.comment(),
                                out);
                    } else {
                        out.add(new DropIndex(name, a));
                        out.add(new CreateIndex(name, b));
                        Comments.added(CommentTarget.member(Kind.INDEX, name, b.name()), b.comment(), out);
                    }
                });
        Comments.compare(target(to), from.comment(), to.comment(), out);
        for (Column c : to.columns()) {
            String before = from.column(c.name()).map(Column::comment).orElse(null);
            Comments.compare(CommentTarget.member(Kind.COLUMN, name, c.name()), before, c.comment(), out);
        }
    }
}
