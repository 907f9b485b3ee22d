package dev.schemata.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.ColumnRef;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.ConstraintKind;
import dev.schemata.catalog.Sequence;
import dev.schemata.catalog.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns the columns of a table, in physical order, into uniquely named entity fields. */
final class EntityFields {
    private static final String FALLBACK_NAME = "column";

    private EntityFields() {}

    // The types Jakarta Persistence 3.1 allows for a @Version attribute, among those columns map to.
    private static final Set<TypeName> VERSION_TYPES = Set.of(ClassName.get("java.lang", "Short"),
            ClassName.get("java.lang", "Integer"), ClassName.get("java.lang", "Long"),
            ClassName.get("java.time", "LocalDateTime"));

    /** {@code versionColumns}: names of version columns, or null when there are none. */
    static List<EntityField> of(Table table, Catalog catalog, ColumnTypeMapper types, Pattern versionColumns) {
        List<String> key = table.primaryKey().map(Constraint::columns).orElse(List.of());
        UniqueNames names = UniqueNames.forMembers();
        Map<String, ColumnType> typeOf = new LinkedHashMap<>();
        Map<String, ValueKind> kinds = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            ColumnType type = types.map(column.type(), table.name().schema());
            typeOf.put(column.name(), type);
            kinds.put(column.name(), ValueKind.of(column.type(), false));
        }
        Map<String, ColumnChecks> checks = checks(table, kinds);
        List<EntityField> fields = new ArrayList<>();
        boolean versionTaken = false; // JPA allows one version per entity: the first matching column
        for (Column column : table.columns()) {
            String lowerCamel = JavaNames.lowerCamel(column.name());
            String name = names.claim(lowerCamel == null ? FALLBACK_NAME : lowerCamel);
            boolean generated = column.identity() != null || isSerial(column, table, catalog);
            ColumnType type = typeOf.get(column.name());
            boolean id = key.contains(column.name());
            boolean version = !id && !versionTaken && versionColumns != null
                    && versionColumns.matcher(column.name()).matches() && VERSION_TYPES.contains(type.javaType());
            versionTaken |= version;
            fields.add(new EntityField(column, name, type, id, generated, false,
                    checks.getOrDefault(column.name(), ColumnChecks.NONE), version));
        }
        return fields;
    }

    /** The facts of all CHECK constraints of the table (sorted by name), merged per column. */
    private static Map<String, ColumnChecks> checks(Table table, Map<String, ValueKind> kinds) {
        Map<String, ColumnChecks> checks = new HashMap<>();
        for (Constraint constraint : table.constraints()) {
            if (constraint.kind() == ConstraintKind.CHECK && constraint.checkExpression() != null) {
                CheckTranslator.translate(constraint.checkExpression(), kinds)
                        .forEach((column, facts) -> checks.merge(column, facts, ColumnChecks::and));
            }
        }
        return checks;
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
