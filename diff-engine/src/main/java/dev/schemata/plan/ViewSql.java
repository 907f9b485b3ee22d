package dev.schemata.plan;

import dev.schemata.catalog.View;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.CreateView;
import dev.schemata.diff.Change.DropView;
import dev.schemata.diff.Change.ReplaceView;

/** The SQL of view and materialized view changes. */
final class ViewSql {
    private ViewSql() {}

    static String of(Change change) {
        if (change instanceof CreateView c) return create("CREATE ", c.view());
        if (change instanceof ReplaceView c) return create("CREATE OR REPLACE ", c.to());
        if (change instanceof DropView c) return "DROP " + kind(c.view()) + " " + c.view().name().sql();
        throw new IllegalArgumentException("no view SQL for " + change);
    }

    private static String create(String verb, View view) {
        String with = view.options().isEmpty() ? "" : " WITH (" + String.join(", ", view.options()) + ")";
        return verb + kind(view) + " " + view.name().sql() + with + " AS\n" + view.definition();
    }

    private static String kind(View view) {
        return view.materialized() ? "MATERIALIZED VIEW" : "VIEW";
    }
}
