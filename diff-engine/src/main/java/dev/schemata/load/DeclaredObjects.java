package dev.schemata.load;

import dev.schemata.diff.RenameHint.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The objects a statement declares that a rename annotation can stand on, each with the stretch of text that
 * declares it: the header of {@code CREATE TABLE} (up to its opening parenthesis), each column and named
 * constraint of its body, {@code ALTER TABLE ... ADD [CONSTRAINT name | COLUMN name]}, {@code CREATE INDEX},
 * {@code CREATE TYPE} (an enum's header and each of its labels) and {@code CREATE DOMAIN}.
 */
final class DeclaredObjects {
    /**
     * One declared object.
     *
     * @param schema the schema written with its name (or its owner's), or null
     * @param owner the table of a column, constraint or index; the type of an enum label; else null
     * @param start where the declaration starts in the statement text
     * @param end where it ends (exclusive)
     */
    record Declared(Kind kind, String schema, String owner, String name, int start, int end) {}

    private static final Set<String> TABLE_CONSTRAINT_WORDS =
            Set.of("primary", "unique", "check", "foreign", "exclude", "like");
    private static final Set<String> CREATE_TABLE_MODIFIERS = Set.of("global", "local", "temp", "temporary",
            "unlogged");

    private final String sql;
    private final List<SqlToken> tokens;
    private final List<Declared> found = new ArrayList<>();

    private DeclaredObjects(String sql, List<SqlToken> tokens) {
        this.sql = sql;
        this.tokens = tokens;
    }

    /** The objects declared by a statement, given its text and tokens. */
    static List<Declared> of(String sql, List<SqlToken> tokens) {
        DeclaredObjects d = new DeclaredObjects(sql, tokens);
        d.read();
        return List.copyOf(d.found);
    }

    private void read() {
        if (isWord(0, "create")) {
            int i = 1;
            if (isWord(i, "or") && isWord(i + 1, "replace")) i += 2;
            while (CREATE_TABLE_MODIFIERS.contains(word(i))) i++;
            switch (word(i)) {
                case "table" -> createTable(i + 1);
                case "unique" -> createIndex(i + 2);
                case "index" -> createIndex(i + 1);
                case "type" -> createType(i + 1);
                case "domain" -> createDomain(i + 1);
                default -> { }
            }
        } else if (isWord(0, "alter") && isWord(1, "table")) {
            alterTable();
        }
    }

    private void createTable(int at) {
        int i = skipIfNotExists(at);
        Name table = name(i);
        if (table == null) return;
        int open = next(table.next, '(');
        int headerEnd = open < 0 ? tokens.size() - 1 : open;
        found.add(new Declared(Kind.TABLE, table.schema, null, table.name, tokens.get(0).start(),
                tokens.get(headerEnd).end()));
        if (open >= 0) {
            for (int[] element : elements(open)) {
                tableElement(table, element[0], element[1]);
            }
        }
    }

    /** A column or a table constraint, tokens {@code from} to {@code to} inclusive. */
    private void tableElement(Name table, int from, int to) {
        String first = word(from);
        if (first.equals("constraint")) {
            constraint(table, from, to);
        } else if (!TABLE_CONSTRAINT_WORDS.contains(first)) {
            Name column = simpleName(from);
            if (column == null) return;
            found.add(new Declared(Kind.COLUMN, table.schema, table.name, column.name, tokens.get(from).start(),
                    tokens.get(to).end()));
            int depth = 0;
            for (int i = from + 1; i <= to; i++) {
                depth += depthChange(i);
                if (depth == 0 && isWord(i, "constraint")) {
                    constraint(table, i, to); // an inline constraint of the column, on a line of its own
                }
            }
        }
    }

    private void constraint(Name table, int at, int to) {
        Name constraint = simpleName(at + 1);
        if (constraint != null) {
            found.add(new Declared(Kind.CONSTRAINT, table.schema, table.name, constraint.name,
                    tokens.get(at).start(), tokens.get(to).end()));
        }
    }

    private void createIndex(int at) {
        int i = isWord(at, "concurrently") ? at + 1 : at;
        i = skipIfNotExists(i);
        Name index = isWord(i, "on") ? null : simpleName(i);
        if (index == null) return; // an unnamed index has nothing to rename
        i = index.next;
        if (!isWord(i, "on")) return;
        i = isWord(i + 1, "only") ? i + 2 : i + 1;
        Name table = name(i);
        if (table != null) {
            found.add(new Declared(Kind.INDEX, table.schema, table.name, index.name, tokens.get(0).start(),
                    tokens.get(tokens.size() - 1).end()));
        }
    }

    private void createType(int at) {
        Name type = name(at);
        if (type == null) return;
        int i = type.next;
        int last = tokens.size() - 1;
        if (isWord(i, "as") && isWord(i + 1, "enum") && isSymbol(i + 2, '(')) {
            found.add(new Declared(Kind.ENUM, type.schema, null, type.name, tokens.get(0).start(),
                    tokens.get(i + 2).end()));
            for (int l = i + 3; l <= last && tokens.get(l).kind() == SqlToken.Kind.STRING; l += 2) {
                found.add(new Declared(Kind.ENUM_VALUE, type.schema, type.name, label(tokens.get(l)),
                        tokens.get(l).start(), tokens.get(l).end()));
            }
        } else if (isWord(i, "as") && isSymbol(i + 1, '(')) {
            found.add(new Declared(Kind.COMPOSITE_TYPE, type.schema, null, type.name, tokens.get(0).start(),
                    tokens.get(i + 1).end()));
        }
    }

    private void createDomain(int at) {
        Name domain = name(at);
        if (domain != null) {
            found.add(new Declared(Kind.DOMAIN, domain.schema, null, domain.name, tokens.get(0).start(),
                    tokens.get(tokens.size() - 1).end()));
        }
    }

    /** {@code ALTER TABLE [IF EXISTS] [ONLY] name action, ...}: ADD CONSTRAINT and ADD COLUMN declare. */
    private void alterTable() {
        int i = isWord(2, "if") && isWord(3, "exists") ? 4 : 2;
        i = isWord(i, "only") ? i + 1 : i;
        Name table = name(i);
        if (table == null) return;
        int from = table.next;
        int depth = 0;
        for (int t = from; t < tokens.size(); t++) {
            depth += depthChange(t);
            boolean lastOfAction = t == tokens.size() - 1 || depth == 0 && isSymbol(t + 1, ',');
            if (lastOfAction) {
                addAction(table, from, t);
                from = t + 2;
            }
        }
    }

    private void addAction(Name table, int from, int to) {
        if (!isWord(from, "add")) return;
        if (isWord(from + 1, "constraint")) {
            constraint(table, from + 1, to);
            return;
        }
        int i = isWord(from + 1, "column") ? from + 2 : from + 1;
        i = skipIfNotExists(i);
        if (!TABLE_CONSTRAINT_WORDS.contains(word(i))) {
            Name column = simpleName(i);
            if (column != null) {
                found.add(new Declared(Kind.COLUMN, table.schema, table.name, column.name, tokens.get(from).start(),
                        tokens.get(to).end()));
            }
        }
    }

    /** The elements of the parenthesised list opened at {@code open}, as inclusive token ranges. */
    private List<int[]> elements(int open) {
        List<int[]> elements = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open; i < tokens.size(); i++) {
            depth += depthChange(i);
            boolean closes = depth == 0 && isSymbol(i, ')');
            if (depth == 1 && isSymbol(i, ',') || closes) {
                if (i > start) elements.add(new int[] {start, i - 1});
                start = i + 1;
            }
            if (closes) break;
        }
        return elements;
    }

    private int depthChange(int i) {
        return isSymbol(i, '(') ? 1 : isSymbol(i, ')') ? -1 : 0;
    }

    private int next(int from, char symbol) {
        for (int i = from; i < tokens.size(); i++) {
            if (isSymbol(i, symbol)) return i;
        }
        return -1;
    }

    private int skipIfNotExists(int i) {
        return isWord(i, "if") && isWord(i + 1, "not") && isWord(i + 2, "exists") ? i + 3 : i;
    }

    private record Name(String schema, String name, int next) {}

    /** A possibly schema-qualified name at token {@code i}, or null. */
    private Name name(int i) {
        Name first = simpleName(i);
        if (first == null || !isSymbol(i + 1, '.')) return first;
        Name second = simpleName(i + 2);
        return second == null ? null : new Name(first.name, second.name, i + 3);
    }

    private Name simpleName(int i) {
        if (i >= tokens.size()) return null;
        SqlToken t = tokens.get(i);
        return switch (t.kind()) {
            case WORD -> new Name(null, t.word(), i + 1);
            case QUOTED_IDENTIFIER -> new Name(null, unquote(sql.substring(t.start(), t.end())), i + 1);
            default -> null;
        };
    }

    /** The text of an enum label written as a string constant. */
    private String label(SqlToken t) {
        String text = sql.substring(t.start(), t.end());
        if (text.startsWith("'")) return text.substring(1, text.length() - 1).replace("''", "'");
        return text; // E'...' or dollar quoted: rare for labels, taken as written
    }

    static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1).replace("\"\"", "\"");
    }

    private boolean isWord(int i, String word) {
        return i < tokens.size() && tokens.get(i).isWord(word);
    }

    private String word(int i) {
        String w = i < tokens.size() ? tokens.get(i).word() : null;
        return w == null ? "" : w.toLowerCase(Locale.ROOT);
    }

    private boolean isSymbol(int i, char symbol) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isSymbol(symbol);
    }
}
