package dev.schemata.diff;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.Identifiers;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import dev.schemata.diff.Change.ChangeColumnType;
import dev.schemata.diff.Change.DropColumn;
import dev.schemata.diff.Change.RecreateEnum;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns, by table, that a list of changes drops or retypes: what a view or policy that uses them stands
 * in the way of. A recreated enum or range type retypes every column of its type (or multirange) too: the planner
 * converts each one.
 */
final class ChangedColumns {
    private static final String DEFAULT_SCHEMA = "public";

    private final Catalog current;
    private final Map<QualifiedName, Set<String>> columns = new HashMap<>();

    ChangedColumns(Catalog current) {
        this.current = current;
    }

    /** Notes the columns the change drops or retypes, if any. */
    void note(Change change) {
        if (change instanceof DropColumn d) {
            add(d.table(), d.column());
        } else if (change instanceof ChangeColumnType d) {
            add(d.table(), d.column());
        } else {
            convertedTypes(change, current).forEach(this::addColumnsOf);
        }
    }

    /**
     * The types whose columns a recreation converts: a recreated enum; a recreated range type, its multirange and
     * the domains over either (set aside with it). Empty for any other change.
     */
    static List<QualifiedName> convertedTypes(Change change, Catalog current) {
        if (change instanceof RecreateEnum r) {
            return List.of(r.from().name());
        }
        if (!(change instanceof Change.RecreateRange r)) {
            return List.of();
        }
        List<QualifiedName> types = new ArrayList<>(List.of(r.from().name()));
        r.from().multirange().ifPresent(types::add);
        current.domains().stream().filter(d -> types.stream().anyMatch(t -> isType(d.baseType(), t)))
                .forEach(d -> types.add(d.name()));
        return types;
    }

    private void addColumnsOf(QualifiedName type) {
        for (Table t : current.tables()) {
            for (Column c : t.columns()) {
                if (isType(c.type(), type)) {
                    add(t.name(), c.name());
                }
            }
        }
    }

    /**
     * The changed columns of a table, with those its parents change (a partition's or an inheriting table's
     * columns change with the parent's); empty for none.
     */
    Set<String> of(QualifiedName table) {
        Set<String> changed = new HashSet<>(columns.getOrDefault(table, Set.of()));
        current.table(table).ifPresent(t -> {
            if (t.properties().partitionOf() != null) {
                changed.addAll(of(t.properties().partitionOf()));
            }
            t.properties().inherits().forEach(parent -> changed.addAll(of(parent)));
        });
        return changed;
    }

    private void add(QualifiedName table, String column) {
        columns.computeIfAbsent(table, k -> new HashSet<>()).add(column);
    }

    /** Whether a column type as format_type prints it (possibly an array) is the given type. */
    static boolean isType(String columnType, QualifiedName type) {
        String base = columnType;
        while (base.endsWith("[]")) {
            base = base.substring(0, base.length() - 2);
        }
        return base.equals(type.sql()) || base.equals(type.toString())
                || type.schema().equals(DEFAULT_SCHEMA) && base.equals(Identifiers.quote(type.name()));
    }
}
