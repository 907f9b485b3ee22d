package dev.schemata.introspect;

import dev.schemata.catalog.Aggregate;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Routine;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps rows of the queries for functions, procedures and aggregates to catalog records. */
final class RoutineRows {
    private RoutineRows() {}

    static Routine routine(ResultSet row) throws SQLException {
        return new Routine(
                QualifiedName.of(row.getString("schema_name"), row.getString("name")),
                row.getString("argument_types"),
                row.getString("identity_arguments"),
                row.getString("arguments"),
                kind(row.getString("kind")),
                row.getString("language"),
                row.getString("result"),
                row.getString("definition").stripTrailing(),
                row.getString("comment"));
    }

    static Aggregate aggregate(ResultSet row) throws SQLException {
        return new Aggregate(
                QualifiedName.of(row.getString("schema_name"), row.getString("name")),
                row.getString("argument_types"),
                row.getString("identity_arguments"),
                row.getString("definition"),
                row.getString("comment"));
    }

    private static Routine.Kind kind(String prokind) {
        return switch (prokind) {
            case "f" -> Routine.Kind.FUNCTION;
            case "p" -> Routine.Kind.PROCEDURE;
            default -> throw new IllegalStateException("routines.sql returned unexpected prokind " + prokind);
        };
    }
}
