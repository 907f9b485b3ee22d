package dev.schemata.introspect;

import dev.schemata.catalog.DefaultPrivilege;
import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.Owner;
import dev.schemata.catalog.Privilege;
import dev.schemata.catalog.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps rows of the privilege, owner and default privilege queries to catalog records. */
final class PrivilegeRows {
    private PrivilegeRows() {}

    static Privilege privilege(ResultSet row) throws SQLException {
        return new Privilege(
                row.getString("on"),
                object(row),
                row.getString("schema_name"),
                row.getString("column_name"),
                row.getString("grantee"),
                row.getString("privilege"),
                row.getBoolean("grantable"),
                row.getBoolean("granted"));
    }

    static Owner owner(ResultSet row) throws SQLException {
        return new Owner(row.getString("on"), object(row), row.getString("schema_name"), row.getString("owner"));
    }

    static DefaultPrivilege defaultPrivilege(ResultSet row) throws SQLException {
        return new DefaultPrivilege(
                row.getString("role_name"),
                row.getString("schema_name"),
                row.getString("objects"),
                row.getString("grantee"),
                row.getString("privilege"),
                row.getBoolean("grantable"),
                row.getBoolean("granted"));
    }

    /** The object a row names, or null for a schema. */
    private static ObjectId object(ResultSet row) throws SQLException {
        String kind = row.getString("kind");
        return kind == null ? null : new ObjectId(ObjectKind.valueOf(kind),
                QualifiedName.of(row.getString("schema_name"), row.getString("name")), row.getString("argument_types"));
    }
}
