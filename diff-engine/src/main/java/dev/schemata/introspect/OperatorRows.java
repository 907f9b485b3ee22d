package dev.schemata.introspect;

import dev.schemata.catalog.Cast;
import dev.schemata.catalog.Conversion;
import dev.schemata.catalog.Operator;
import dev.schemata.catalog.OperatorClass;
import dev.schemata.catalog.OperatorFamily;
import dev.schemata.catalog.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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
        List<OperatorFamily.Member> members = new ArrayList<>();
        for (String member : TableRows.strings(row, "members")) {
            int separator = member.indexOf('\u001f');
            members.add(new OperatorFamily.Member(member.substring(0, separator), member.substring(separator + 1)));
        }
        return new OperatorFamily(name(row), row.getString("method"), members, row.getString("comment"));
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
