package dev.schemata.introspect;

import dev.schemata.catalog.Policy;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps rows of the row level security policy query to catalog records. */
final class PolicyRows {
    private PolicyRows() {}

    static Policy policy(ResultSet row) throws SQLException {
        return new Policy(
                TableRows.table(row),
                row.getString("name"),
                row.getBoolean("permissive"),
                row.getString("command"),
                TableRows.strings(row, "roles"),
                row.getString("using_expression"),
                row.getString("with_check_expression"),
                row.getString("comment"));
    }
}
