package dev.schemata.plan;

import static dev.schemata.catalog.Identifiers.literal;
import static dev.schemata.catalog.Identifiers.quote;

import dev.schemata.catalog.QualifiedName;
import dev.schemata.diff.Change.SetComment;
import dev.schemata.diff.CommentTarget;

/** {@code COMMENT ON ...} for every kind of commented object. */
final class CommentSql {
    private CommentSql() {}

    static String of(SetComment change) {
        CommentTarget t = change.target();
        QualifiedName object = t.objectName();
        String on = switch (t.kind()) {
            case SCHEMA -> "SCHEMA " + quote(t.schema());
            case TABLE -> "TABLE " + object.sql();
            case COLUMN -> "COLUMN " + object.sql() + "." + quote(t.member());
            case CONSTRAINT -> "CONSTRAINT " + quote(t.member()) + " ON " + object.sql();
            case INDEX -> "INDEX " + QualifiedName.of(t.schema(), t.member()).sql();
            case TYPE -> "TYPE " + object.sql();
            case SEQUENCE -> "SEQUENCE " + object.sql();
            case VIEW -> "VIEW " + object.sql();
            case MATERIALIZED_VIEW -> "MATERIALIZED VIEW " + object.sql();
            case FUNCTION -> "FUNCTION " + object.sql() + "(" + t.member() + ")";
            case PROCEDURE -> "PROCEDURE " + object.sql() + "(" + t.member() + ")";
            case TRIGGER -> "TRIGGER " + quote(t.member()) + " ON " + object.sql();
            case POLICY -> "POLICY " + quote(t.member()) + " ON " + object.sql();
            case EXTENSION -> "EXTENSION " + quote(t.object());
            case DOMAIN -> "DOMAIN " + object.sql();
            case STATISTICS -> "STATISTICS " + object.sql();
            case COLLATION -> "COLLATION " + object.sql();
            case EVENT_TRIGGER -> "EVENT TRIGGER " + quote(t.object());
            case AGGREGATE -> "AGGREGATE " + object.sql() + "(" + t.member() + ")";
            case FOREIGN_DATA_WRAPPER -> "FOREIGN DATA WRAPPER " + quote(t.object());
            case SERVER -> "SERVER " + quote(t.object());
            case FOREIGN_TABLE -> "FOREIGN TABLE " + object.sql();
            case PUBLICATION -> "PUBLICATION " + quote(t.object());
            case DOMAIN_CONSTRAINT -> "CONSTRAINT " + quote(t.member()) + " ON DOMAIN " + object.sql();
            case CAST -> "CAST " + t.object();
            case OPERATOR -> "OPERATOR " + quote(t.schema()) + "." + t.object() + "(" + t.member() + ")";
            case OPERATOR_FAMILY -> "OPERATOR FAMILY " + object.sql() + " USING " + quote(t.member());
            case OPERATOR_CLASS -> "OPERATOR CLASS " + object.sql() + " USING " + quote(t.member());
            case TEXT_SEARCH_DICTIONARY -> "TEXT SEARCH DICTIONARY " + object.sql();
            case TEXT_SEARCH_CONFIGURATION -> "TEXT SEARCH CONFIGURATION " + object.sql();
            case CONVERSION -> "CONVERSION " + object.sql();
            case TEXT_SEARCH_TEMPLATE -> "TEXT SEARCH TEMPLATE " + object.sql();
            case TEXT_SEARCH_PARSER -> "TEXT SEARCH PARSER " + object.sql();
        };
        return "COMMENT ON " + on + " IS " + (change.comment() == null ? "NULL" : literal(change.comment()));
    }
}
