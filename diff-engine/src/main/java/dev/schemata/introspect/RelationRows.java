package dev.schemata.introspect;

import dev.schemata.catalog.ExtendedStatistics;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.View;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps rows of the queries for views and extended statistics to catalog records. */
final class RelationRows {
    private RelationRows() {}

    static View view(ResultSet row, RelationParts parts) throws SQLException {
        QualifiedName name = name(row);
        return new View(
                name,
                row.getBoolean("materialized"),
                withoutFinalSemicolon(row.getString("definition")),
                parts.columns(name),
                TableRows.strings(row, "options"),
                parts.indexes(name),
                row.getString("comment"));
    }

    /** pg_get_viewdef starts with a blank and ends with a semicolon; the statement around it adds its own. */
    private static String withoutFinalSemicolon(String definition) {
        String trimmed = definition.strip();
        return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1).stripTrailing() : trimmed;
    }

    static ExtendedStatistics statistics(ResultSet row) throws SQLException {
        int target = row.getInt("statistics_target");
        Integer statisticsTarget = row.wasNull() ? null : target;
        return new ExtendedStatistics(
                name(row),
                QualifiedName.of(row.getString("table_schema"), row.getString("table_name")),
                row.getString("definition"),
                statisticsTarget,
                row.getString("comment"));
    }

    static QualifiedName name(ResultSet row) throws SQLException {
        return QualifiedName.of(row.getString("schema_name"), row.getString("name"));
    }
}
