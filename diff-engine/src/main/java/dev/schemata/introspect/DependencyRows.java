package dev.schemata.introspect;

import dev.schemata.catalog.Dependency;
import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps rows of the dependency query to catalog records. */
final class DependencyRows {
    private DependencyRows() {}

    static Dependency dependency(ResultSet row) throws SQLException {
        return new Dependency(id(row, "dependent_"), id(row, "referenced_"));
    }

    private static ObjectId id(ResultSet row, String prefix) throws SQLException {
        return new ObjectId(
                ObjectKind.valueOf(row.getString(prefix + "kind")),
                QualifiedName.of(row.getString(prefix + "schema"), row.getString(prefix + "name")),
                row.getString(prefix + "argument_types"));
    }
}
