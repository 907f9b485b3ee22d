package dev.schemata.catalog;

import java.util.Set;
import java.util.regex.Pattern;

/** Quotes SQL identifiers the way PostgreSQL's {@code quote_ident} does, and finds them in SQL text. */
public final class Identifiers {
    // Reserved key words (PostgreSQL appendix C, "reserved" and "reserved (can be function or type)")
    // that quote_ident quotes; unreserved ones need no quotes.
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "binary", "both", "case", "cast", "check", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "default", "deferrable",
            "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "freeze",
            "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect",
            "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order",
            "outer", "overlaps", "placing", "primary", "references", "returning", "right", "select",
            "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample", "then",
            "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when",
            "where", "window", "with",
            // column-name key words that cannot stand as a bare identifier in every position
            "between", "bigint", "bit", "boolean", "char", "character", "coalesce", "dec", "decimal",
            "exists", "extract", "float", "greatest", "grouping", "inout", "int", "integer", "interval",
            "least", "national", "nchar", "none", "normalize", "nullif", "numeric", "out", "overlay",
            "position", "precision", "real", "row", "setof", "smallint", "substring", "time", "timestamp",
            "treat", "trim", "values", "varchar", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists",
            "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable");

    private Identifiers() {}

    public static String quote(String identifier) {
        if (isPlain(identifier) && !RESERVED.contains(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * Whether the identifier is {@code [a-z_][a-z0-9_$]*}: a character loop, not a regular expression, since
     * plans and generated sources quote every name they print (the expression took a twentieth of entity
     * generation's time).
     */
    private static boolean isPlain(String identifier) {
        if (identifier.isEmpty()) {
            return false;
        }
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c == '_' || i > 0 && (c >= '0' && c <= '9' || c == '$');
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /** A SQL string literal, with quotes doubled. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Whether SQL text mentions an identifier, quoted or not; a mention in a string literal counts too. */
    public static boolean mentions(String text, String identifier) {
        String bare = "(?<![\\w$])" + Pattern.quote(identifier) + "(?![\\w$])";
        String quoted = Pattern.quote("\"" + identifier.replace("\"", "\"\"") + "\"");
        return Pattern.compile(bare + "|" + quoted, Pattern.CASE_INSENSITIVE).matcher(text).find();
    }
}
