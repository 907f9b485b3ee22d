package dev.schemata.plan;

import static dev.schemata.catalog.Identifiers.quote;

import dev.schemata.catalog.Operator;
import dev.schemata.catalog.TextSearchDictionary;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.AlterTextSearchDictionary;
import dev.schemata.diff.Change.AlterTextSearchMapping;
import java.util.ArrayList;
import java.util.List;

/** The SQL of cast, operator, operator family and class, text search and conversion changes. */
final class OperatorSql {
    private OperatorSql() {}

    /** The statement, or null when the change is of another kind. */
    static String of(Change change) {
        if (change instanceof Change.CreateCast c) return c.cast().definition();
        if (change instanceof Change.DropCast c) return "DROP CAST " + c.cast().sqlSignature();
        if (change instanceof Change.CreateOperator c) return createOperator(c.operator());
        if (change instanceof Change.DropOperator c) return "DROP OPERATOR " + c.operator().sqlSignature();
        if (change instanceof Change.SetOperatorEstimators c) {
            return "ALTER OPERATOR " + c.operator().sqlSignature() + " SET (RESTRICT = "
                    + orNone(c.operator().restrict()) + ", JOIN = " + orNone(c.operator().join()) + ")";
        }
        if (change instanceof Change.CreateOperatorFamily c) {
            return "CREATE OPERATOR FAMILY " + c.family().sqlSignature();
        }
        if (change instanceof Change.DropOperatorFamily c) return "DROP OPERATOR FAMILY " + c.family().sqlSignature();
        if (change instanceof Change.AddOperatorFamilyMembers c) {
            return "ALTER OPERATOR FAMILY " + c.family().sqlSignature() + " ADD "
                    + c.members().stream().map(m -> m.definition()).collect(java.util.stream.Collectors.joining(", "));
        }
        if (change instanceof Change.DropOperatorFamilyMembers c) {
            return "ALTER OPERATOR FAMILY " + c.family().sqlSignature() + " DROP "
                    + c.members().stream().map(m -> m.key()).collect(java.util.stream.Collectors.joining(", "));
        }
        if (change instanceof Change.CreateOperatorClass c) return c.operatorClass().definition();
        if (change instanceof Change.DropOperatorClass c) {
            return "DROP OPERATOR CLASS " + c.operatorClass().sqlSignature();
        }
        if (change instanceof Change.CreateConversion c) return c.conversion().definition();
        if (change instanceof Change.DropConversion c) return "DROP CONVERSION " + c.conversion().name().sql();
        return textSearch(change);
    }

    private static String textSearch(Change change) {
        if (change instanceof Change.CreateTextSearchDictionary c) return createDictionary(c.dictionary());
        if (change instanceof Change.DropTextSearchDictionary c) {
            return "DROP TEXT SEARCH DICTIONARY " + c.dictionary().name().sql();
        }
        if (change instanceof AlterTextSearchDictionary c) {
            List<String> options = new ArrayList<>(c.set());
            options.addAll(c.removed());
            return "ALTER TEXT SEARCH DICTIONARY " + c.dictionary().sql() + " (" + String.join(", ", options) + ")";
        }
        if (change instanceof Change.CreateTextSearchConfiguration c) {
            return "CREATE TEXT SEARCH CONFIGURATION " + c.configuration().name().sql() + " (PARSER = "
                    + c.configuration().parser() + ")";
        }
        if (change instanceof Change.DropTextSearchConfiguration c) {
            return "DROP TEXT SEARCH CONFIGURATION " + c.configuration().name().sql();
        }
        if (change instanceof AlterTextSearchMapping c) return alterMapping(c);
        if (change instanceof Change.CreateTextSearchTemplate c) return c.template().definition();
        if (change instanceof Change.DropTextSearchTemplate c) {
            return "DROP TEXT SEARCH TEMPLATE " + c.template().name().sql();
        }
        if (change instanceof Change.CreateTextSearchParser c) return c.parser().definition();
        if (change instanceof Change.DropTextSearchParser c) return "DROP TEXT SEARCH PARSER " + c.parser().name().sql();
        return null;
    }

    private static String createOperator(Operator o) {
        StringBuilder sql = new StringBuilder("CREATE OPERATOR ").append(quote(o.name().schema())).append('.')
                .append(o.name().name()).append(" (").append(o.options());
        if (o.restrict() != null) sql.append(", RESTRICT = ").append(o.restrict());
        if (o.join() != null) sql.append(", JOIN = ").append(o.join());
        return sql.append(')').toString();
    }

    private static String createDictionary(TextSearchDictionary d) {
        List<String> options = new ArrayList<>();
        options.add("TEMPLATE = " + d.template());
        options.addAll(d.options());
        return "CREATE TEXT SEARCH DICTIONARY " + d.name().sql() + " (" + String.join(", ", options) + ")";
    }

    private static String alterMapping(AlterTextSearchMapping c) {
        String head = "ALTER TEXT SEARCH CONFIGURATION " + c.configuration().sql();
        if (c.to().isEmpty()) return head + " DROP MAPPING FOR " + c.token();
        return head + (c.from().isEmpty() ? " ADD" : " ALTER") + " MAPPING FOR " + c.token() + " WITH "
                + String.join(", ", c.to());
    }

    private static String orNone(String function) {
        return function == null ? "NONE" : function;
    }
}
