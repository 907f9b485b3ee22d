package dev.schemata.introspect;

import dev.schemata.catalog.Cast;
import dev.schemata.catalog.Conversion;
import dev.schemata.catalog.Operator;
import dev.schemata.catalog.OperatorClass;
import dev.schemata.catalog.OperatorFamily;
import dev.schemata.catalog.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps rows of the queries for casts, operators, operator families and classes, and conversions. */
final class OperatorRows {
    private OperatorRows() {}

    static Cast cast(ResultSet row) throws SQLException {
        return new Cast(row.getString("source"), row.getString("target"), row.getString("definition"),
                row.getString("comment"));
    }

    static Operator operator(ResultSet row) throws SQLException {
        return new Operator(name(row), row.getString("left_type"), row.getString("right_type"),
                row.getString("options"), row.getString("restrict"), row.getString("join"), row.getString("comment"));
    }

    static OperatorFamily operatorFamily(ResultSet row) throws SQLException {
        return new OperatorFamily(name(row), row.getString("method"), row.getString("comment"));
    }

    static OperatorClass operatorClass(ResultSet row) throws SQLException {
        return new OperatorClass(name(row), row.getString("method"), row.getString("definition"),
                row.getString("comment"));
    }

    static Conversion conversion(ResultSet row) throws SQLException {
        return new Conversion(name(row), row.getString("definition"), row.getString("comment"));
    }

    static QualifiedName name(ResultSet row) throws SQLException {
        return QualifiedName.of(row.getString("schema_name"), row.getString("name"));
    }
}
