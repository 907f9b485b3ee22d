package dev.schemata.load;

import dev.schemata.diff.RenameHint;
import dev.schemata.diff.RenameHint.Kind;
import dev.schemata.load.DeclaredObjects.Declared;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rename annotations of a schema file, psqldef's syntax: a comment {@code -- @renamed from=old} or
 * {@code /* @renamed from=old *}{@code /} on the line that declares the renamed object. The object is the one
 * whose declaration starts on that line (the first, when several do), else the innermost one whose
 * declaration covers the line.
 */
final class RenameAnnotations {
    private static final String MARK = "@renamed";
    private static final Pattern COPY_FROM_STDIN = Pattern.compile("(?is)^copy\\b.*\\bfrom\\s+stdin\\b.*");
    private static final Pattern FROM = Pattern.compile("@renamed\\s+from\\s*=\\s*(\\S.*?)\\s*(?:\\*/)?\\s*$",
            Pattern.DOTALL);

    private RenameAnnotations() {}

    /** False when a file's text cannot hold an annotation, so that it need not be split into statements. */
    static boolean mayHoldOne(String text) {
        return text.contains(MARK);
    }

    /** The annotations of the statements of one file, in file order. */
    static List<RenameHint> of(SourceText source, List<SqlStatement> statements) {
        if (!mayHoldOne(source.text())) {
            return List.of();
        }
        List<RenameHint> hints = new ArrayList<>();
        int gapStart = 0;
        SqlStatement previous = null;
        for (SqlStatement statement : statements) {
            checkGap(source, previous, gapStart, statement.offset());
            int end = statement.offset() + statement.sql().length();
            int lineEnd = source.text().indexOf('\n', end);
            gapStart = lineEnd < 0 ? source.text().length() : lineEnd;
            String trailing = source.text().substring(end, gapStart);
            if (statement.sql().contains(MARK) || trailing.contains(MARK)) {
                hints.addAll(of(statement, trailing));
            }
            previous = statement;
        }
        checkGap(source, previous, gapStart, source.text().length());
        return List.copyOf(hints);
    }

    /** An annotation between statements (on a line of its own, say) would be silently lost: it is an error. */
    private static void checkGap(SourceText source, SqlStatement previous, int start, int end) {
        String gap = source.text().substring(start, Math.max(start, end));
        if (!gap.contains(MARK) || previous != null && COPY_FROM_STDIN.matcher(previous.sql()).matches()) {
            return; // the rows of a COPY are data, not comments
        }
        for (SqlToken comment : trailingComments(gap, start)) {
            if (comment.text().contains(MARK)) {
                throw source.error(comment.start(), "the annotation " + comment.text().strip() + " stands outside"
                        + " any statement. Put it on the line that declares the renamed object (for a table: the"
                        + " CREATE TABLE line), as in: CREATE TABLE users ( -- @renamed from=accounts", null);
            }
        }
    }

    private static List<RenameHint> of(SqlStatement statement, String trailing) {
        SqlLexer lexer = new SqlLexer(statement.sql());
        lexer.keepComments();
        List<SqlToken> tokens = new ArrayList<>();
        try {
            for (SqlToken t = lexer.next(); t != null; t = lexer.next()) {
                tokens.add(t);
            }
        } catch (SqlLexer.UnterminatedException e) {
            // read with other string rules (an old dump's backslash escapes): what was read so far decides
        }
        List<SqlToken> comments = new ArrayList<>(lexer.comments());
        comments.addAll(trailingComments(trailing, statement.sql().length()));
        List<Declared> declared = DeclaredObjects.of(statement.sql(), tokens);
        List<RenameHint> hints = new ArrayList<>();
        for (SqlToken comment : comments) {
            if (comment.text().contains(MARK)) {
                hints.add(hint(statement, comment, declared));
            }
        }
        return hints;
    }

    /** The comments of a stretch of text outside statements, with offsets from {@code base}. */
    private static List<SqlToken> trailingComments(String trailing, int base) {
        SqlLexer lexer = new SqlLexer(trailing);
        lexer.keepComments();
        try {
            while (lexer.next() != null) {
                // only the comments matter
            }
        } catch (SqlLexer.UnterminatedException e) {
            // a string or comment that goes on to later lines belongs to the next statement
        }
        return lexer.comments().stream()
                .map(c -> new SqlToken(c.kind(), c.start() + base, c.end() + base, c.text()))
                .toList();
    }

    private static RenameHint hint(SqlStatement statement, SqlToken comment, List<Declared> declared) {
        String text = comment.text().strip();
        int line = statement.source().line(statement.offset() + comment.start());
        Declared object = objectOn(statement, line, declared);
        if (object == null) {
            throw statement.errorAt(comment.start(), "the annotation " + text + " stands on a line that declares"
                    + " no table, column, named constraint, named index, enum, enum label, domain or composite type."
                    + " Put it on the line of the renamed object's name (for a table: the CREATE TABLE line).", null);
        }
        Matcher m = FROM.matcher(text);
        if (!m.find() || m.group(1).isBlank()) {
            throw statement.errorAt(comment.start(), "the annotation " + text + " does not say the old name."
                    + " Write it as -- @renamed from=old_name (quote a name that needs it: from=\"Old Name\").", null);
        }
        String where = statement.source().file() + ":" + line;
        OldName from = OldName.parse(m.group(1), object.kind() == Kind.ENUM_VALUE);
        if (from == null || from.schema != null && object.kind().isMember()) {
            throw statement.errorAt(comment.start(), "the annotation " + text + " names the old name in a way"
                    + " Schemata cannot read. Write from=old_name, from=\"Quoted Name\""
                    + (object.kind() == Kind.ENUM_VALUE ? " or from='old label'" : "")
                    + (object.kind().isMember() ? "" : " or from=schema.old_name") + ".", null);
        }
        String schema = object.schema();
        if (from.schema != null && schema != null && !from.schema.equals(schema)) {
            throw statement.errorAt(comment.start(), "the annotation " + text + " names the schema " + from.schema
                    + " but " + object.name() + " is declared in " + schema + ": a rename keeps the schema, moving"
                    + " an object to another schema is not supported. Name the old object without a schema.", null);
        }
        return new RenameHint(object.kind(), schema != null ? schema : from.schema, object.owner(), object.name(),
                from.name, where, text);
    }

    private static Declared objectOn(SqlStatement statement, int line, List<Declared> declared) {
        SourceText source = statement.source();
        int base = statement.offset();
        return declared.stream().filter(d -> source.line(base + d.start()) == line).findFirst()
                .orElseGet(() -> declared.stream()
                        .filter(d -> source.line(base + d.start()) <= line && line <= source.line(base + d.end() - 1))
                        .max(Comparator.comparingInt(Declared::start)).orElse(null));
    }

    /** The value of {@code from=}: a name, quoted or not, possibly schema-qualified; or an enum label. */
    private record OldName(String schema, String name) {
        static OldName parse(String value, boolean label) {
            if (label) {
                if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'"))) {
                    return new OldName(null, value.substring(1, value.length() - 1).replace("''", "'"));
                }
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    return new OldName(null, DeclaredObjects.unquote(value));
                }
                return value.matches("\\S+") ? new OldName(null, value) : null;
            }
            List<String> parts = new ArrayList<>();
            int i = 0;
            while (i < value.length()) {
                int end;
                if (value.charAt(i) == '"') {
                    end = closingQuote(value, i);
                    if (end < 0) return null;
                    parts.add(DeclaredObjects.unquote(value.substring(i, end + 1)));
                    end++;
                } else {
                    end = i;
                    while (end < value.length() && value.charAt(end) != '.' && value.charAt(end) != '"'
                            && !Character.isWhitespace(value.charAt(end))) {
                        end++;
                    }
                    if (end == i) return null;
                    parts.add(value.substring(i, end).toLowerCase(Locale.ROOT));
                }
                if (end == value.length()) break;
                if (value.charAt(end) != '.') return null;
                i = end + 1;
                if (i == value.length()) return null;
            }
            return switch (parts.size()) {
                case 1 -> new OldName(null, parts.get(0));
                case 2 -> new OldName(parts.get(0), parts.get(1));
                default -> null;
            };
        }

        private static int closingQuote(String value, int open) {
            for (int i = open + 1; i < value.length(); i++) {
                if (value.charAt(i) == '"') {
                    if (i + 1 < value.length() && value.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        return i;
                    }
                }
            }
            return -1;
        }
    }
}
