package dev.schemata.codegen;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.ColumnRef;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.Sequence;
import dev.schemata.catalog.Table;
import java.util.ArrayList;
import java.util.List;

/** Turns the columns of a table, in physical order, into uniquely named entity fields. */
final class EntityFields {
    private static final String FALLBACK_NAME = "column";

    private EntityFields() {}

    static List<EntityField> of(Table table, Catalog catalog, ColumnTypeMapper types) {
        List<String> key = table.primaryKey().map(Constraint::columns).orElse(List.of());
        UniqueNames names = UniqueNames.forMembers();
        List<EntityField> fields = new ArrayList<>();
        for (Column column : table.columns()) {
            String lowerCamel = JavaNames.lowerCamel(column.name());
            String name = names.claim(lowerCamel == null ? FALLBACK_NAME : lowerCamel);
            ColumnType type = types.map(column.type(), table.name().schema());
            boolean generated = column.identity() != null || isSerial(column, table, catalog);
            fields.add(new EntityField(column, name, type, key.contains(column.name()), generated, false));
        }
        return fields;
    }

    /** A serial column: its default draws from a sequence the column owns. */
    private static boolean isSerial(Column column, Table table, Catalog catalog) {
        String def = column.defaultExpression();
        if (def == null || !def.startsWith("nextval(")) {
            return false;
        }
        ColumnRef ref = new ColumnRef(table.name(), column.name());
        return catalog.sequences().stream()
                .filter(s -> ref.equals(s.ownedBy()))
                .map(Sequence::name)
                .anyMatch(s -> def.contains(s.name()));
    }
}
