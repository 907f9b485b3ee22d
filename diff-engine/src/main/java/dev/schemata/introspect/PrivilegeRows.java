package dev.schemata.introspect;

import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.Privilege;
import dev.schemata.catalog.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps rows of the privilege query to catalog records. */
final class PrivilegeRows {
    private PrivilegeRows() {}

    static Privilege privilege(ResultSet row) throws SQLException {
        String kind = row.getString("kind");
        String schema = row.getString("schema_name");
        ObjectId object = kind == null ? null : new ObjectId(ObjectKind.valueOf(kind),
                QualifiedName.of(schema, row.getString("name")), row.getString("argument_types"));
        return new Privilege(
                row.getString("on"),
                object,
                schema,
                row.getString("column_name"),
                row.getString("grantee"),
                row.getString("privilege"),
                row.getBoolean("grantable"),
                row.getBoolean("granted"));
    }
}
