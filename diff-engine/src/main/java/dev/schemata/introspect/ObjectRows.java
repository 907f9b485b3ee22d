package dev.schemata.introspect;

import dev.schemata.catalog.Collation;
import dev.schemata.catalog.ColumnRef;
import dev.schemata.catalog.EnumType;
import dev.schemata.catalog.Extension;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Schema;
import dev.schemata.catalog.Sequence;
import dev.schemata.catalog.SequenceOptions;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps rows of the schema-level queries (schemas, extensions, collations, enums, sequences) to catalog records. */
final class ObjectRows {
    private ObjectRows() {}

    static Schema schema(ResultSet row) throws SQLException {
        return new Schema(row.getString("name"), row.getString("comment"));
    }

    static Extension extension(ResultSet row) throws SQLException {
        return new Extension(row.getString("name"), row.getString("schema_name"), row.getString("version"),
                row.getString("comment"), row.getBoolean("relocatable"), TableRows.strings(row, "members"));
    }

    static Collation collation(ResultSet row) throws SQLException {
        return new Collation(
                name(row),
                row.getString("provider"),
                row.getString("locale"),
                row.getString("lc_collate"),
                row.getString("lc_ctype"),
                row.getBoolean("deterministic"),
                row.getString("rules"),
                row.getString("comment"));
    }

    static EnumType enumType(ResultSet row) throws SQLException {
        return new EnumType(name(row), TableRows.strings(row, "labels"), row.getString("comment"));
    }

    static Sequence sequence(ResultSet row) throws SQLException {
        SequenceOptions options = new SequenceOptions(
                row.getString("data_type"),
                row.getLong("start_value"),
                row.getLong("increment"),
                row.getLong("min_value"),
                row.getLong("max_value"),
                row.getLong("cache"),
                row.getBoolean("cycle"));
        String ownerColumn = row.getString("owner_column");
        ColumnRef ownedBy = ownerColumn == null ? null : new ColumnRef(
                QualifiedName.of(row.getString("owner_schema"), row.getString("owner_table")), ownerColumn);
        return new Sequence(name(row), options, ownedBy, row.getString("comment"));
    }

    private static QualifiedName name(ResultSet row) throws SQLException {
        return QualifiedName.of(row.getString("schema_name"), row.getString("name"));
    }
}
