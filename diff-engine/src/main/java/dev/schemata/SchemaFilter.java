package dev.schemata;

import dev.schemata.catalog.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which schemas and tables Schemata manages. Tables excluded are neither read nor compared nor planned, with
 * everything that belongs to them (indexes, constraints, triggers, policies, statistics, privileges).
 *
 * @param include the schemas to manage; empty means every user schema
 * @param exclude schemas never managed, applied after {@code include}
 * @param excludeTables globs of tables never managed: {@code audit_*} matches a table name in any schema,
 *     {@code app.tmp_*} one in schema {@code app}; {@code *} matches any run of characters, {@code ?} one
 */
public record SchemaFilter(List<String> include, List<String> exclude, List<String> excludeTables) {
    public SchemaFilter {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        excludeTables = List.copyOf(excludeTables);
    }

    public SchemaFilter(List<String> include, List<String> exclude) {
        this(include, exclude, List.of());
    }

    public static SchemaFilter allUserSchemas() {
        return new SchemaFilter(List.of(), List.of());
    }

    public boolean accepts(String schema) {
        return (include.isEmpty() || include.contains(schema)) && !exclude.contains(schema);
    }

    /** False for a table one of {@link #excludeTables()} matches. */
    public boolean acceptsTable(QualifiedName table) {
        for (String glob : excludeTables) {
            String subject = glob.contains(".") ? table.schema() + "." + table.name() : table.name();
            if (regex(glob).matcher(subject).matches()) {
                return false;
            }
        }
        return true;
    }

    /** This filter with one more table excluded. */
    public SchemaFilter excludingTable(QualifiedName table) {
        List<String> tables = new ArrayList<>(excludeTables);
        tables.add(table.schema() + "." + table.name());
        return new SchemaFilter(include, exclude, tables);
    }

    /** This filter with one more schema excluded. */
    public SchemaFilter excludingSchema(String schema) {
        List<String> schemas = new ArrayList<>(exclude);
        schemas.add(schema);
        return new SchemaFilter(include, schemas, excludeTables);
    }

    private static Pattern regex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.split("((?<=[*?])|(?=[*?]))")) {
            regex.append(switch (part) {
                case "*" -> ".*";
                case "?" -> ".";
                default -> Pattern.quote(part);
            });
        }
        return Pattern.compile(regex.toString());
    }
}
