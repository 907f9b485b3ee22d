package dev.schemata.load;

import dev.schemata.load.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts PostgreSQL text into tokens the way psql does before it sends a statement: it skips whitespace
 * and comments (nested block comments too), and keeps string constants, quoted identifiers and
 * dollar-quoted bodies whole so that semicolons and key words inside them mean nothing.
 */
final class SqlLexer {
    /** Text that starts a construct but never ends it; {@code offset} is where it starts. */
    static final class UnterminatedException extends RuntimeException {
        final int offset;

        UnterminatedException(int offset, String what) {
            super(what);
            this.offset = offset;
        }
    }

    private final String text;
    private int position;
    private boolean backslashEscapesInStrings;
    private List<SqlToken> comments;

    SqlLexer(String text) {
        this.text = text;
    }

    /** The next token, or null at the end of the text. */
    SqlToken next() {
        skipWhitespaceAndComments();
        if (position >= text.length()) {
            return null;
        }
        int start = position;
        char c = text.charAt(position);
        if (c == '\'') {
            return string(start, backslashEscapesInStrings);
        }
        if (c == '"') {
            return quotedIdentifier(start);
        }
        if (c == '$' && dollarTagLength(position) > 0) {
            return dollarString(start);
        }
        if (c == '\\') {
            position = endOfLine(position);
            return new SqlToken(Kind.META_COMMAND, start, position, text.substring(start, position).strip());
        }
        if (isIdentifierStart(c)) {
            return wordOrEscapeString(start);
        }
        if (c >= '0' && c <= '9') {
            while (position < text.length() && (isIdentifierPart(text.charAt(position)) || text.charAt(position) == '.')) {
                position++; // digits, a decimal point, an exponent: the value never matters here
            }
            return new SqlToken(Kind.NUMBER, start, position, "");
        }
        position++;
        return new SqlToken(Kind.SYMBOL, start, position, String.valueOf(c));
    }

    /** From now on, keeps the comments it skips, for {@link #comments()}: rename annotations live in them. */
    void keepComments() {
        comments = new ArrayList<>();
    }

    /** The comments skipped since {@link #keepComments()}, in order, each with its text. */
    List<SqlToken> comments() {
        return comments == null ? List.of() : List.copyOf(comments);
    }

    /**
     * Whether plain '...' strings treat backslashes as escapes, as they do after
     * {@code SET standard_conforming_strings = off} (old dumps).
     */
    void backslashEscapesInStrings(boolean on) {
        backslashEscapesInStrings = on;
    }

    /**
     * Skips the data lines of a {@code COPY ... FROM stdin} just read: the rest of the current line, then
     * lines up to and including the one that is {@code \.} (or the end of the text).
     */
    void skipCopyData() {
        position = Math.min(text.length(), endOfLine(position) + 1);
        while (position < text.length()) {
            int end = endOfLine(position);
            String line = text.substring(position, end).stripTrailing();
            position = Math.min(text.length(), end + 1);
            if (line.equals("\\.")) {
                return;
            }
        }
    }

    private void skipWhitespaceAndComments() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                position++;
            } else if (c == '-' && peek(1) == '-') {
                int start = position;
                position = endOfLine(position);
                keep(start);
            } else if (c == '/' && peek(1) == '*') {
                int start = position;
                skipBlockComment();
                keep(start);
            } else {
                return;
            }
        }
    }

    private void keep(int start) {
        if (comments != null) {
            comments.add(new SqlToken(Kind.COMMENT, start, position, text.substring(start, position)));
        }
    }

    /** Block comments nest in PostgreSQL, unlike in C or Java. */
    private void skipBlockComment() {
        int start = position;
        int depth = 0;
        while (position < text.length()) {
            if (text.startsWith("/*", position)) {
                depth++;
                position += 2;
            } else if (text.startsWith("*/", position)) {
                depth--;
                position += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                position++;
            }
        }
        throw new UnterminatedException(start, "a /* comment is never closed with */");
    }

    private SqlToken string(int start, boolean backslashEscapes) {
        position++; // the opening quote
        while (position < text.length()) {
            char c = text.charAt(position);
            if (backslashEscapes && c == '\\') {
                position += 2;
            } else if (c == '\'') {
                if (peek(1) == '\'') {
                    position += 2;
                } else {
                    position++;
                    return new SqlToken(Kind.STRING, start, position, "");
                }
            } else {
                position++;
            }
        }
        throw new UnterminatedException(start, "a string constant is never closed with '");
    }

    private SqlToken quotedIdentifier(int start) {
        position++;
        while (position < text.length()) {
            if (text.charAt(position) == '"') {
                if (peek(1) != '"') {
                    position++;
                    return new SqlToken(Kind.QUOTED_IDENTIFIER, start, position, "");
                }
                position++;
            }
            position++;
        }
        throw new UnterminatedException(start, "a quoted identifier is never closed with \"");
    }

    private SqlToken dollarString(int start) {
        String tag = text.substring(start, start + dollarTagLength(start));
        int close = text.indexOf(tag, start + tag.length());
        if (close < 0) {
            throw new UnterminatedException(start, "a dollar-quoted string is never closed with " + tag);
        }
        position = close + tag.length();
        return new SqlToken(Kind.STRING, start, position, "");
    }

    /** The length of a dollar-quote tag ({@code $$} or {@code $name$}) at {@code at}, or 0 when there is none. */
    private int dollarTagLength(int at) {
        int i = at + 1;
        if (i < text.length() && isIdentifierStart(text.charAt(i))) {
            i++;
            while (i < text.length() && text.charAt(i) != '$' && isIdentifierPart(text.charAt(i))) {
                i++;
            }
        }
        return i < text.length() && text.charAt(i) == '$' ? i + 1 - at : 0;
    }

    /** Identifiers may contain '$', so a word swallows it and never starts a dollar quote. */
    private SqlToken wordOrEscapeString(int start) {
        while (position < text.length() && isIdentifierPart(text.charAt(position))) {
            position++;
        }
        if (position - start == 1 && (text.charAt(start) == 'E' || text.charAt(start) == 'e') && peek(0) == '\'') {
            return string(start, true);
        }
        return new SqlToken(Kind.WORD, start, position, text.substring(start, position));
    }

    private int endOfLine(int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    private char peek(int ahead) {
        int at = position + ahead;
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '\u0080' && c != '\uFEFF';
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || c >= '0' && c <= '9' || c == '$';
    }
}
