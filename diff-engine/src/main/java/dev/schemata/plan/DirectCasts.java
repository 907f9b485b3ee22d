package dev.schemata.plan;

import dev.schemata.catalog.Catalog;
import java.util.List;
import java.util.Set;

/**
 * Whether PostgreSQL casts a column's old type to its new one directly ({@code USING col::new}), judged from the
 * types as format_type prints them. Where it has no such cast (bytea to an enum, a date to an integer),
 * {@code col::new} is refused even on an empty table, while the way through text always type-checks: every type
 * prints as text and text parses as every type; values that do not parse fail as a lossy conversion would.
 */
final class DirectCasts {
    private static final List<String> TEXTUAL = List.of("text", "character varying", "character");
    private static final List<String> NUMBERS = List.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision");
    /** Built-in casts between types of different families, as {@code source>target}. */
    private static final Set<String> OTHERS = Set.of(
            "integer>boolean", "boolean>integer",
            "date>timestamp without time zone", "date>timestamp with time zone",
            "timestamp without time zone>date", "timestamp without time zone>time without time zone",
            "timestamp without time zone>timestamp with time zone",
            "timestamp with time zone>date", "timestamp with time zone>time without time zone",
            "timestamp with time zone>time with time zone", "timestamp with time zone>timestamp without time zone",
            "time without time zone>interval", "time without time zone>time with time zone",
            "time with time zone>time without time zone", "interval>time without time zone",
            "jsonb>boolean", "jsonb>numeric", "jsonb>smallint", "jsonb>integer", "jsonb>bigint", "jsonb>real",
            "jsonb>double precision", "json>jsonb", "jsonb>json", "inet>cidr", "cidr>inet",
            "money>numeric", "numeric>money", "integer>money", "bigint>money");

    private DirectCasts() {}

    /** Whether {@code from::to} type-checks: the types given as format_type prints them. */
    static boolean exist(String from, String to, Catalog catalog) {
        boolean fromArray = from.endsWith("[]");
        boolean toArray = to.endsWith("[]");
        if (fromArray && toArray) {
            return exist(element(from), element(to), catalog); // an array is cast element by element
        }
        String a = base(from);
        String b = base(to);
        if (fromArray || toArray) {
            return TEXTUAL.contains(fromArray ? b : a) && !(fromArray ? toArray : fromArray);
        }
        return a.equals(b) || TEXTUAL.contains(a) || TEXTUAL.contains(b)
                || NUMBERS.contains(a) && NUMBERS.contains(b) || OTHERS.contains(a + ">" + b)
                || catalog.casts().stream().anyMatch(c -> c.source().equals(from) && c.target().equals(to));
    }

    private static String element(String type) {
        return type.substring(0, type.length() - 2);
    }

    /** The type without its modifiers: {@code character varying(20)} is {@code character varying}. */
    private static String base(String type) {
        int open = type.indexOf('(');
        if (open < 0) {
            return type;
        }
        int close = type.indexOf(')', open);
        return (type.substring(0, open) + type.substring(close + 1)).trim();
    }
}
