package dev.schemata.introspect;

import dev.schemata.catalog.ForeignDataWrapper;
import dev.schemata.catalog.ForeignServer;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.UserMapping;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps rows of the foreign data queries (wrappers, servers, user mappings) to catalog records. */
final class ForeignRows {
    private ForeignRows() {}

    static ForeignDataWrapper wrapper(ResultSet row) throws SQLException {
        return new ForeignDataWrapper(
                row.getString("name"),
                function(row, "handler"),
                function(row, "validator"),
                TableRows.strings(row, "options"),
                row.getString("comment"));
    }

    static ForeignServer server(ResultSet row) throws SQLException {
        return new ForeignServer(
                row.getString("name"),
                row.getString("wrapper"),
                row.getString("type"),
                row.getString("version"),
                TableRows.strings(row, "options"),
                row.getString("comment"));
    }

    static UserMapping userMapping(ResultSet row) throws SQLException {
        return new UserMapping(row.getString("server"), row.getString("user_name"), TableRows.strings(row, "options"));
    }

    private static QualifiedName function(ResultSet row, String prefix) throws SQLException {
        String name = row.getString(prefix + "_name");
        return name == null ? null : QualifiedName.of(row.getString(prefix + "_schema"), name);
    }
}
