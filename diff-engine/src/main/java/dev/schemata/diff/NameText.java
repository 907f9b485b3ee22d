package dev.schemata.diff;

import dev.schemata.catalog.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rewrites the names in a definition as PostgreSQL prints it ({@code pg_get_constraintdef},
 * {@code pg_get_indexdef}, {@code format_type}, {@code pg_get_expr}), so that the current catalog reads as it will
 * after a rename. Names are found token by token: string constants (function bodies among them) are left alone,
 * and so are words right after {@code ::} (type names) and names followed by {@code (} (functions), which a
 * column rename must not touch.
 */
final class NameText {
    private NameText() {}

    /** A qualified name {@code schema.old} (also {@code x.schema.old}) becomes {@code schema.renamed}. */
    static String renameQualified(String text, String schema, String old, String renamed) {
        return rewrite(text, false, parts -> {
            int n = parts.size();
            if (n >= 2 && parts.get(n - 2).equals(schema) && parts.get(n - 1).equals(old)) {
                List<String> changed = new ArrayList<>(parts);
                changed.set(n - 1, renamed);
                return changed;
            }
            return parts;
        });
    }

    /** A bare name {@code old} (a column of the definition's own table) becomes {@code renamed}. */
    static String renameBare(String text, String old, String renamed) {
        return rewrite(text, true, parts -> parts.size() == 1 && parts.get(0).equals(old) ? List.of(renamed) : parts);
    }

    /**
     * @param skipCalls whether names followed by {@code (} and words after {@code ::} are left alone
     */
    static String rewrite(String text, boolean skipCalls, UnaryOperator<List<String>> names) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int dollarEnd = c == '$' ? dollarStringEnd(text, i) : -1;
            if (c == '\'') {
                int end = stringEnd(text, i);
                out.append(text, i, end);
                i = end;
            } else if (dollarEnd > 0) {
                out.append(text, i, dollarEnd); // a function body: PostgreSQL keeps its text as written
                i = dollarEnd;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < text.length()
                        && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                out.append(text, i, end);
                i = end;
            } else if (c == '"' || isIdentifierStart(c)) {
                i = name(text, i, skipCalls, names, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Reads a dotted name at {@code start}, appends it (rewritten or not) and returns where it ends. */
    private static int name(String text, int start, boolean skipCalls, UnaryOperator<List<String>> names,
            StringBuilder out) {
        List<String> parts = new ArrayList<>();
        int i = start;
        while (true) {
            int end = partEnd(text, i);
            String part = text.substring(i, end);
            parts.add(part.startsWith("\"") ? part.substring(1, part.length() - 1).replace("\"\"", "\"") : part);
            i = end;
            if (i + 1 < text.length() && text.charAt(i) == '.'
                    && (text.charAt(i + 1) == '"' || isIdentifierStart(text.charAt(i + 1)))) {
                i++;
            } else {
                break;
            }
        }
        boolean keep = skipCalls && (afterCast(text, start) || beforeParenthesis(text, i));
        List<String> rewritten = keep ? parts : names.apply(parts);
        if (rewritten.equals(parts)) {
            out.append(text, start, i);
        } else {
            out.append(String.join(".", rewritten.stream().map(Identifiers::quote).toList()));
        }
        return i;
    }

    private static int partEnd(String text, int i) {
        if (text.charAt(i) == '"') {
            int j = i + 1;
            while (j < text.length()) {
                if (text.charAt(j) == '"') {
                    if (j + 1 < text.length() && text.charAt(j + 1) == '"') {
                        j += 2;
                        continue;
                    }
                    return j + 1;
                }
                j++;
            }
            return text.length();
        }
        int j = i;
        while (j < text.length() && (isIdentifierStart(text.charAt(j)) || Character.isDigit(text.charAt(j))
                || text.charAt(j) == '$')) {
            j++;
        }
        return j;
    }

    private static int stringEnd(String text, int open) {
        int j = open + 1;
        while (j < text.length()) {
            if (text.charAt(j) == '\'') {
                if (j + 1 < text.length() && text.charAt(j + 1) == '\'') {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return text.length();
    }

    /** The end of a dollar-quoted string ({@code $$...$$}, {@code $tag$...$tag$}) at {@code open}, or -1. */
    private static int dollarStringEnd(String text, int open) {
        int j = open + 1;
        while (j < text.length()
                && (isIdentifierStart(text.charAt(j)) || j > open + 1 && Character.isDigit(text.charAt(j)))) {
            j++;
        }
        if (j >= text.length() || text.charAt(j) != '$') {
            return -1;
        }
        String tag = text.substring(open, j + 1);
        int close = text.indexOf(tag, j + 1);
        return close < 0 ? text.length() : close + tag.length();
    }

    private static boolean afterCast(String text, int start) {
        int j = start - 1;
        while (j >= 0 && text.charAt(j) == ' ') j--;
        return j >= 1 && text.charAt(j) == ':' && text.charAt(j - 1) == ':';
    }

    private static boolean beforeParenthesis(String text, int end) {
        int j = end;
        while (j < text.length() && text.charAt(j) == ' ') j++;
        return j < text.length() && text.charAt(j) == '(';
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }
}
