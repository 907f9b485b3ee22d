package dev.schemata.codegen;

import com.palantir.javapoet.ClassName;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code typeOverrides} option, read: a key of three dot-separated parts ({@code schema.table.column},
 * double quotes around a part that holds a dot) names a column; any other key names a PostgreSQL type as
 * {@code format_type} prints it ({@code inet}, {@code character varying(3)}) or a domain
 * ({@code public.money_amount}, or as a column type prints it), and then matches with or without the type's
 * modifiers. The value is a fully qualified class name.
 */
final class TypeOverrides {
    private final Map<List<String>, ClassName> columns = new HashMap<>();
    private final Map<String, ClassName> types = new HashMap<>();

    private TypeOverrides() {}

    static TypeOverrides of(Map<String, String> overrides) {
        TypeOverrides result = new TypeOverrides();
        overrides.forEach((key, value) -> {
            ClassName type = JavaTypes.checked(value.strip(), "typeOverrides entry '" + key + "'");
            List<String> parts = ColumnTypeMapper.identifierParts(key.strip());
            if (parts.size() == 3) {
                result.columns.put(parts, type);
            } else {
                result.types.put(key.strip(), type);
            }
        });
        return result;
    }

    /** The Java type configured for a column, or null. */
    ClassName forColumn(Table table, String column) {
        return columns.get(List.of(table.name().schema(), table.name().name(), column));
    }

    /** The Java type configured for a domain by its qualified name, quoted or not; null when none. */
    ClassName forDomain(QualifiedName domain) {
        ClassName quoted = types.get(domain.sql());
        return quoted != null ? quoted : types.get(domain.schema() + "." + domain.name());
    }

    /** The Java type configured for a type as printed, or for it without modifiers; null when none. */
    ClassName forType(String printedType) {
        if (types.isEmpty()) {
            return null; // the usual case, asked for every column
        }
        ClassName exact = types.get(printedType);
        if (exact != null) {
            return exact;
        }
        // without modifiers: from the first opening parenthesis to the last closing one, "numeric(10,2)[]" -> "numeric[]"
        int open = printedType.indexOf('(');
        int close = printedType.lastIndexOf(')');
        return open >= 0 && close > open ? types.get(printedType.substring(0, open) + printedType.substring(close + 1)) : null;
    }
}
