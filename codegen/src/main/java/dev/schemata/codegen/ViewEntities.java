package dev.schemata.codegen;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.ConstraintKind;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Views and materialized views as read-only classes. A view has no primary key, so the rule is: a view
 * column named {@code id} is taken as its key; a view with one is written like a table (an entity with
 * {@code @Id}, {@code @Immutable} with Hibernate, no validation constraints since nothing is inserted), a view
 * without one as a plain class or record that says why it is no entity. Each view stands in the catalog as a
 * table of its columns, so that names and packages follow the rules of tables.
 */
final class ViewEntities {
    static final String KEY_COLUMN = "id";

    private final Map<QualifiedName, View> views = new LinkedHashMap<>();

    private ViewEntities(List<View> views) {
        views.forEach(v -> this.views.put(v.name(), v));
    }

    /** The catalog with each view added as a table, and what was added. */
    static ViewEntities of(Catalog catalog) {
        return new ViewEntities(catalog.views());
    }

    Catalog withViewsAsTables(Catalog catalog) {
        List<Table> tables = new ArrayList<>(catalog.tables());
        views.values().forEach(v -> tables.add(asTable(v)));
        return catalog.toBuilder().tables(tables).build();
    }

    /** The view of this name, or null for a table. */
    View view(QualifiedName name) {
        return views.get(name);
    }

    static boolean hasKey(View view) {
        return view.column(KEY_COLUMN).isPresent();
    }

    private static Table asTable(View view) {
        List<Constraint> key = hasKey(view)
                ? List.of(new Constraint(view.name().name() + "_view_key", ConstraintKind.PRIMARY_KEY,
                        "PRIMARY KEY (" + KEY_COLUMN + ")", List.of(KEY_COLUMN), null, null, false, false, true, null))
                : List.of();
        return new Table(view.name(), view.columns(), key, List.of(), view.comment(), null);
    }
}
