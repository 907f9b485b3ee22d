package dev.schemata.introspect;

import dev.schemata.catalog.Column;
import dev.schemata.catalog.ColumnStorage;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.ConstraintKind;
import dev.schemata.catalog.ForeignKey;
import dev.schemata.catalog.ForeignTableOptions;
import dev.schemata.catalog.Identity;
import dev.schemata.catalog.Index;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.SequenceOptions;
import dev.schemata.catalog.TableProperties;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Maps rows of the table queries (table properties, columns, constraints, indexes) to catalog records. */
final class TableRows {
    /** A part of a table, with the table it belongs to. */
    record Owned<T>(QualifiedName table, T item) {}

    private TableRows() {}

    static QualifiedName table(ResultSet row) throws SQLException {
        return QualifiedName.of(row.getString("schema_name"), row.getString("table_name"));
    }

    static TableProperties properties(ResultSet row) throws SQLException {
        String parentTable = row.getString("partition_of_table");
        return new TableProperties(
                row.getBoolean("row_security"),
                row.getBoolean("force_row_security"),
                row.getString("partition_key"),
                parentTable == null ? null : QualifiedName.of(row.getString("partition_of_schema"), parentTable),
                row.getString("partition_bound"),
                qualifiedNames(strings(row, "inherits_schemas"), strings(row, "inherits_tables")),
                row.getBoolean("unlogged"),
                row.getString("replica_identity"),
                strings(row, "storage_parameters"),
                row.getString("access_method"),
                foreign(row),
                pairs(strings(row, "attached_constraint_names"), strings(row, "attached_constraint_definitions")),
                pairs(strings(row, "attached_index_names"), strings(row, "attached_index_definitions")));
    }

    private static Map<String, String> pairs(List<String> keys, List<String> values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            map.put(keys.get(i), values.get(i));
        }
        return map;
    }

    private static ForeignTableOptions foreign(ResultSet row) throws SQLException {
        String server = row.getString("foreign_server");
        if (server == null) {
            return null;
        }
        List<String> columns = strings(row, "foreign_column_names");
        List<String> options = strings(row, "foreign_column_options");
        Map<String, List<String>> byColumn = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            byColumn.computeIfAbsent(columns.get(i), k -> new ArrayList<>()).add(options.get(i));
        }
        return new ForeignTableOptions(server, strings(row, "foreign_options"), byColumn);
    }

    private static List<QualifiedName> qualifiedNames(List<String> schemas, List<String> names) {
        return IntStream.range(0, names.size()).mapToObj(i -> QualifiedName.of(schemas.get(i), names.get(i))).toList();
    }

    static Owned<Column> column(ResultSet row) throws SQLException {
        Column column = new Column(
                row.getString("name"),
                row.getString("type"),
                row.getBoolean("not_null"),
                row.getString("default_expression"),
                identity(row),
                row.getString("generated_expression"),
                row.getString("collation"),
                row.getString("comment"),
                storage(row.getString("storage"), row.getString("type_storage")),
                compression(row.getString("compression")));
        return new Owned<>(table(row), column);
    }

    private static ColumnStorage storage(String setting, String typeDefault) {
        return setting == null ? null : new ColumnStorage(storageWord(setting), storageWord(typeDefault));
    }

    private static String storageWord(String code) {
        return switch (code) {
            case "p" -> "PLAIN";
            case "e" -> "EXTERNAL";
            case "m" -> "MAIN";
            default -> "EXTENDED";
        };
    }

    private static String compression(String code) {
        if (code == null) return null;
        return switch (code) {
            case "p" -> "pglz";
            case "l" -> "lz4";
            default -> code;
        };
    }

    private static Identity identity(ResultSet row) throws SQLException {
        Identity.Generation generation = switch (row.getString("identity")) {
            case "a" -> Identity.Generation.ALWAYS;
            case "d" -> Identity.Generation.BY_DEFAULT;
            default -> null;
        };
        if (generation == null) {
            return null;
        }
        SequenceOptions options = new SequenceOptions(
                row.getString("identity_type"),
                row.getLong("identity_start"),
                row.getLong("identity_increment"),
                row.getLong("identity_min"),
                row.getLong("identity_max"),
                row.getLong("identity_cache"),
                row.getBoolean("identity_cycle"));
        String sequenceName = row.getString("identity_sequence_name");
        return new Identity(generation, options, sequenceName == null ? null
                : QualifiedName.of(row.getString("identity_sequence_schema"), sequenceName));
    }

    static Owned<Constraint> constraint(ResultSet row) throws SQLException {
        ConstraintKind kind = constraintKind(row.getString("kind"));
        Constraint constraint = new Constraint(
                row.getString("name"),
                kind,
                row.getString("definition"),
                strings(row, "columns"),
                kind == ConstraintKind.FOREIGN_KEY ? foreignKey(row) : null,
                row.getString("check_expression"),
                row.getBoolean("deferrable"),
                row.getBoolean("initially_deferred"),
                row.getBoolean("validated"),
                row.getString("comment"));
        return new Owned<>(table(row), constraint);
    }

    private static ConstraintKind constraintKind(String contype) {
        return switch (contype) {
            case "p" -> ConstraintKind.PRIMARY_KEY;
            case "u" -> ConstraintKind.UNIQUE;
            case "c" -> ConstraintKind.CHECK;
            case "f" -> ConstraintKind.FOREIGN_KEY;
            case "x" -> ConstraintKind.EXCLUSION;
            default -> throw new IllegalStateException("constraints.sql returned unexpected contype " + contype);
        };
    }

    private static ForeignKey foreignKey(ResultSet row) throws SQLException {
        return new ForeignKey(
                QualifiedName.of(row.getString("referenced_schema"), row.getString("referenced_table")),
                strings(row, "referenced_columns"),
                action(row.getString("on_update")),
                action(row.getString("on_delete")),
                match(row.getString("match_type")));
    }

    /** pg_constraint.confupdtype / confdeltype codes as the SQL words of a REFERENCES clause. */
    private static String action(String code) {
        return switch (code) {
            case "a" -> "NO ACTION";
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> throw new IllegalStateException("unknown foreign key action code " + code);
        };
    }

    private static String match(String code) {
        return switch (code) {
            case "f" -> "FULL";
            case "p" -> "PARTIAL";
            case "s" -> "SIMPLE";
            default -> throw new IllegalStateException("unknown foreign key match code " + code);
        };
    }

    static Owned<Index> index(ResultSet row) throws SQLException {
        Index index = new Index(
                row.getString("name"),
                row.getString("definition"),
                row.getBoolean("is_unique"),
                row.getString("method"),
                strings(row, "columns"),
                row.getString("predicate"),
                row.getString("comment"),
                row.getBoolean("is_valid"));
        return new Owned<>(table(row), index);
    }

    /** A text[] column as a list; elements may be null (expression keys of an index). */
    static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }
}
