package dev.schemata.load;

import dev.schemata.load.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.delete.ParenthesedDelete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.insert.ParenthesedInsert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.ParenthesedUpdate;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Tells data statements from structure.
 *
 * <p>A PostgreSQL statement's kind is fixed by its first key word, so leading key words decide every
 * statement except one starting with WITH, whose kind is that of its main statement (or DATA when one of
 * its common table expressions changes rows). Only those are given to JSqlParser: parsing the rest could
 * add nothing but failures (JSqlParser rejects much of PostgreSQL's DDL) and time (it can be slow, even hang,
 * on huge statements such as function bodies). The parse is further bounded by a size limit and a time
 * limit; when it fails, is skipped or times out, a scan of the WITH list at parenthesis depth 0 decides.
 */
final class StatementClassifier {
    static final Set<String> DATA_KEY_WORDS = Set.of("insert", "update", "delete", "merge", "copy", "truncate");
    private static final Set<String> MAIN_STATEMENT_KEY_WORDS =
            Set.of("select", "insert", "update", "delete", "merge", "values", "table");
    private static final int PARSE_SIZE_LIMIT = 20_000;
    private static final long PARSE_TIME_LIMIT_MILLIS = 2_000;

    private StatementClassifier() {}

    static StatementKind classify(String sql) {
        List<SqlToken> tokens = leadingTokens(sql);
        List<String> words = tokens.stream().map(SqlToken::word).toList();
        if (words.isEmpty() || words.get(0) == null) {
            return StatementKind.STRUCTURE; // nothing, or not a key word: PostgreSQL will say what is wrong
        }
        String first = words.get(0);
        if (first.equals("with")) {
            return classifyWith(sql);
        }
        if (DATA_KEY_WORDS.contains(first)) {
            return StatementKind.DATA;
        }
        return setsClientEncoding(words) ? StatementKind.CLIENT_ENCODING : StatementKind.STRUCTURE;
    }

    /** The first four tokens after any opening parentheses ({@code (SELECT ...)}, {@code (WITH ...)}). */
    private static List<SqlToken> leadingTokens(String sql) {
        List<SqlToken> tokens = new ArrayList<>();
        SqlLexer lexer = new SqlLexer(sql);
        try {
            for (SqlToken t = lexer.next(); t != null && tokens.size() < 4; t = lexer.next()) {
                if (!(tokens.isEmpty() && t.isSymbol('('))) {
                    tokens.add(t);
                }
            }
        } catch (SqlLexer.UnterminatedException e) {
            // the splitter has reported it already for file text; what was read so far decides
        }
        return tokens;
    }

    private static boolean setsClientEncoding(List<String> words) {
        if (words.size() < 2 || !"set".equals(words.get(0))) {
            return false;
        }
        int at = "session".equals(words.get(1)) || "local".equals(words.get(1)) ? 2 : 1;
        return at < words.size() && ("client_encoding".equals(words.get(at)) || "names".equals(words.get(at)));
    }

    private static StatementKind classifyWith(String sql) {
        StatementKind parsed = parsedKind(sql);
        return parsed != null ? parsed : scanWith(sql);
    }

    /** The kind JSqlParser finds, or null when the statement is too big, or it fails or takes too long. */
    static StatementKind parsedKind(String sql) {
        if (sql.length() > PARSE_SIZE_LIMIT) {
            return null;
        }
        try {
            return kindOf(CCJSqlParserUtil.parse(sql, parser -> parser.withTimeOut(PARSE_TIME_LIMIT_MILLIS)));
        } catch (JSQLParserException | RuntimeException | StackOverflowError e) {
            return null; // JSqlParser does not know this PostgreSQL syntax: the caller's scan decides
        }
    }

    /** The kind of a statement JSqlParser understood, or null when it is not one of the expected shapes. */
    private static StatementKind kindOf(Statement parsed) {
        if (parsed instanceof Insert || parsed instanceof Update || parsed instanceof Delete
                || parsed instanceof Merge || parsed instanceof Truncate) {
            return StatementKind.DATA;
        }
        if (parsed instanceof Select select) {
            List<WithItem<?>> items = select.getWithItemsList() == null ? List.of() : select.getWithItemsList();
            boolean changesRows = items.stream().map(WithItem::getParenthesedStatement).anyMatch(
                    body -> body instanceof ParenthesedInsert || body instanceof ParenthesedUpdate
                            || body instanceof ParenthesedDelete);
            return changesRows ? StatementKind.DATA : StatementKind.STRUCTURE;
        }
        return null;
    }

    /**
     * {@code WITH [RECURSIVE] name [(columns)] AS [[NOT] MATERIALIZED] (body) [SEARCH ...] [CYCLE ...], ... main}:
     * a body follows AS or MATERIALIZED at depth 0; after the first body, the first main-statement key word
     * at depth 0 starts the main statement.
     */
    static StatementKind scanWith(String sql) {
        SqlLexer lexer = new SqlLexer(sql);
        int depth = 0;
        boolean bodySeen = false;
        boolean bodyStarts = false;
        String previousWord = "";
        try {
            for (SqlToken t = lexer.next(); t != null; t = lexer.next()) {
                if (bodyStarts && DATA_KEY_WORDS.contains(String.valueOf(t.word()))) {
                    return StatementKind.DATA; // a data-modifying common table expression
                }
                bodyStarts = false;
                if (t.isSymbol('(')) {
                    bodyStarts = depth == 0 && (previousWord.equals("as") || previousWord.equals("materialized"));
                    bodySeen |= bodyStarts;
                    depth++;
                } else if (t.isSymbol(')')) {
                    depth = Math.max(0, depth - 1);
                } else if (depth == 0 && bodySeen && t.kind() == Kind.WORD
                        && MAIN_STATEMENT_KEY_WORDS.contains(t.word())) {
                    return DATA_KEY_WORDS.contains(t.word()) ? StatementKind.DATA : StatementKind.STRUCTURE;
                }
                previousWord = t.kind() == Kind.WORD ? t.word() : "";
            }
        } catch (SqlLexer.UnterminatedException e) {
            // classify by what was read
        }
        return StatementKind.STRUCTURE;
    }
}
