package dev.schemata.introspect;

import dev.schemata.catalog.EventTrigger;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Trigger;
import dev.schemata.catalog.TriggerState;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps rows of the trigger and event trigger queries to catalog records. */
final class TriggerRows {
    private TriggerRows() {}

    static Trigger trigger(ResultSet row) throws SQLException {
        return new Trigger(
                TableRows.table(row),
                row.getString("name"),
                row.getString("definition"),
                TriggerState.of(row.getString("state")),
                row.getBoolean("constraint_trigger"),
                QualifiedName.of(row.getString("function_schema"), row.getString("function_name")),
                row.getString("comment"));
    }

    static EventTrigger eventTrigger(ResultSet row) throws SQLException {
        return new EventTrigger(
                row.getString("name"),
                row.getString("event"),
                TableRows.strings(row, "tags"),
                QualifiedName.of(row.getString("function_schema"), row.getString("function_name")),
                TriggerState.of(row.getString("state")),
                row.getString("comment"));
    }
}
