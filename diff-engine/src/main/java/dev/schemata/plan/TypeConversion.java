package dev.schemata.plan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What converting a column from one type to another costs, judged from the types as format_type prints
 * them. Unknown conversions count as a rewrite; conversions that can truncate, round or fail on existing
 * values count as lossy.
 */
enum TypeConversion {
    /** Binary compatible: PostgreSQL only updates the catalog. */
    NO_REWRITE,
    /** Every row is rewritten, values are kept. */
    REWRITE,
    /** Every row is rewritten and values may be cut, rounded or refused. */
    LOSSY;

    private static final Pattern MODIFIER = Pattern.compile("\\(([0-9, ]+)\\)");
    private static final List<String> TEXTUAL = List.of("text", "character varying", "character");
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    private static final List<String> FLOATS = List.of("real", "double precision");

    static TypeConversion of(String from, String to) {
        if (from.equals(to)) {
            return NO_REWRITE;
        }
        if (from.endsWith("[]") && to.endsWith("[]")) {
            // PostgreSQL rewrites for any array coercion, even between binary-compatible elements
            TypeConversion elements = of(from.substring(0, from.length() - 2), to.substring(0, to.length() - 2));
            return elements == LOSSY ? LOSSY : REWRITE;
        }
        if (from.endsWith("[]") || to.endsWith("[]")) {
            return REWRITE;
        }
        Type a = Type.parse(from);
        Type b = Type.parse(to);
        if (TEXTUAL.contains(a.base) || TEXTUAL.contains(b.base)) {
            return textual(a, b);
        }
        if (a.base.equals("numeric") && b.base.equals("numeric")) {
            return numeric(a, b);
        }
        int ai = INTEGERS.indexOf(a.base);
        int bi = INTEGERS.indexOf(b.base);
        int af = FLOATS.indexOf(a.base);
        int bf = FLOATS.indexOf(b.base);
        if (ai >= 0 && bi >= 0) {
            return bi > ai ? REWRITE : LOSSY;
        }
        if (af >= 0 && bf >= 0) {
            return bf > af ? REWRITE : LOSSY;
        }
        if (bi >= 0 && (af >= 0 || a.base.equals("numeric"))) {
            return LOSSY; // fractions are rounded away
        }
        if (b.base.equals("numeric") && !b.modifiers.isEmpty() && (ai >= 0 || af >= 0)) {
            return LOSSY; // a bounded precision refuses large values and rounds fractions
        }
        if (b.base.equals("date") && a.base.startsWith("timestamp")) {
            return LOSSY; // the time of day is cut
        }
        if (a.base.equals(b.base) && a.base.startsWith("time") && !b.modifiers.isEmpty()
                && (a.modifiers.isEmpty() || b.modifiers.get(0) < a.modifiers.get(0))) {
            return LOSSY; // fewer fractional digits of seconds: values are rounded
        }
        return REWRITE;
    }

    private static TypeConversion textual(Type a, Type b) {
        boolean fromText = TEXTUAL.contains(a.base);
        if (!TEXTUAL.contains(b.base)) {
            return LOSSY; // text that does not parse as the new type cannot be kept
        }
        boolean unlimited = b.base.equals("text") || b.base.equals("character varying") && b.modifiers.isEmpty();
        if (unlimited) {
            return fromText && !a.base.equals("character") ? NO_REWRITE : REWRITE;
        }
        if (b.base.equals("character varying") && a.base.equals("character varying") && !a.modifiers.isEmpty()
                && b.modifiers.get(0) >= a.modifiers.get(0)) {
            return NO_REWRITE;
        }
        return LOSSY; // a length limit that old values may exceed: the cast cuts them
    }

    private static TypeConversion numeric(Type a, Type b) {
        if (b.modifiers.isEmpty()) {
            return NO_REWRITE;
        }
        if (a.modifiers.isEmpty()) {
            return LOSSY;
        }
        int p1 = a.modifiers.get(0);
        int s1 = a.modifiers.size() > 1 ? a.modifiers.get(1) : 0;
        int p2 = b.modifiers.get(0);
        int s2 = b.modifiers.size() > 1 ? b.modifiers.get(1) : 0;
        if (s2 == s1 && p2 >= p1) {
            return NO_REWRITE;
        }
        return s2 >= s1 && p2 - s2 >= p1 - s1 ? REWRITE : LOSSY;
    }

    private record Type(String base, List<Integer> modifiers) {
        static Type parse(String text) {
            Matcher m = MODIFIER.matcher(text);
            if (!m.find()) {
                return new Type(text, List.of());
            }
            String base = (text.substring(0, m.start()) + text.substring(m.end())).trim();
            List<Integer> mods = java.util.Arrays.stream(m.group(1).split(","))
                    .map(String::trim).map(Integer::parseInt).toList();
            return new Type(base, mods);
        }
    }
}
