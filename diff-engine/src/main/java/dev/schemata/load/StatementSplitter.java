package dev.schemata.load;

import dev.schemata.load.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a schema file into statements at the semicolons psql would split it at: outside strings,
 * comments, quoted identifiers and dollar quotes, outside parentheses (a {@code CREATE RULE} may hold
 * several actions) and outside the {@code BEGIN ATOMIC ... END} body of a SQL-standard function.
 * psql meta-commands that only set up the client ({@code \restrict}, {@code \connect}, {@code \set}) are
 * dropped, as are the data lines that follow a {@code COPY ... FROM stdin}; any other meta-command could change
 * what runs ({@code \i} includes a file, {@code \if} skips statements, {@code \gexec} runs query results), so
 * it is refused rather than silently ignored.
 */
final class StatementSplitter {
    private static final Pattern COPY_FROM_STDIN =
            Pattern.compile("(?is)^copy\\b.*\\bfrom\\s+stdin\\b.*");
    private static final Pattern STANDARD_CONFORMING_STRINGS = Pattern.compile(
            "(?is)^set\\s+(?:session\\s+)?standard_conforming_strings\\s*(?:=|to)\\s*'?(on|off|true|false)'?");
    private static final Set<String> CLIENT_META_COMMANDS = Set.of("restrict", "unrestrict", "connect", "c", "set",
            "unset", "encoding", "echo", "qecho", "warn", "pset", "timing", "a", "t", "x", "o", "out");

    private final SourceText source;
    private final SqlLexer lexer;
    private final List<SqlStatement> statements = new ArrayList<>();
    private final List<SqlToken> metaCommands = new ArrayList<>();
    private final List<String> leadingWords = new ArrayList<>();
    private int start = -1;
    private int end;
    private int parenthesisDepth;
    private int beginDepth;

    private StatementSplitter(SourceText source) {
        this.source = source;
        this.lexer = new SqlLexer(source.text());
    }

    static List<SqlStatement> split(SourceText source) {
        StatementSplitter splitter = new StatementSplitter(source);
        try {
            splitter.run();
        } catch (SqlLexer.UnterminatedException e) {
            throw source.error(e.offset, e.getMessage() + " (the file ends inside it)", null);
        }
        return List.copyOf(splitter.statements);
    }

    private void run() {
        for (SqlToken token = lexer.next(); token != null; token = lexer.next()) {
            if (token.kind() == Kind.META_COMMAND) {
                checkMetaCommand(token);
                if (start >= 0) {
                    metaCommands.add(token);
                }
            } else if (token.isSymbol(';') && parenthesisDepth == 0 && beginDepth == 0) {
                finishStatement();
            } else {
                accept(token);
            }
        }
        finishStatement(); // psql runs a last statement without a semicolon too
    }

    private void checkMetaCommand(SqlToken token) {
        String command = token.text().substring(1).split("\\s+", 2)[0];
        if (CLIENT_META_COMMANDS.contains(command)) {
            return;
        }
        String advice = switch (command) {
            case "i", "ir", "include", "include_relative" -> "Schemata does not follow includes: put the included"
                    + " file below schema.dir instead (every .sql file there runs, in lexical order of its path).";
            default -> "Schemata runs schema files itself, not through psql, and skips only meta-commands that"
                    + " set up the client (such as \\restrict, \\connect, \\set): remove this one.";
        };
        throw source.error(token.start(), "the psql meta-command " + token.text() + " could change what runs. "
                + advice, null);
    }

    private void accept(SqlToken token) {
        if (start < 0) {
            start = token.start();
        }
        end = token.end();
        if (token.isSymbol('(')) {
            parenthesisDepth++;
        } else if (token.isSymbol(')')) {
            parenthesisDepth = Math.max(0, parenthesisDepth - 1);
        } else if (token.kind() == Kind.WORD) {
            trackAtomicBody(token.word());
        }
    }

    /**
     * psql's own heuristic (psqlscan.l): in a statement that starts {@code CREATE [OR REPLACE] FUNCTION} or
     * {@code PROCEDURE}, BEGIN opens a block, CASE inside a block opens one, and END closes one.
     */
    private void trackAtomicBody(String word) {
        if (leadingWords.size() < 4) {
            leadingWords.add(word);
        }
        if (!createsRoutine() || parenthesisDepth > 0) {
            return;
        }
        switch (word) {
            case "begin" -> beginDepth++;
            case "case" -> beginDepth += beginDepth > 0 ? 1 : 0;
            case "end" -> beginDepth = Math.max(0, beginDepth - 1);
            default -> { }
        }
    }

    private boolean createsRoutine() {
        List<String> w = leadingWords;
        if (w.size() < 2 || !w.get(0).equals("create")) {
            return false;
        }
        if (w.get(1).equals("function") || w.get(1).equals("procedure")) {
            return true;
        }
        return w.size() >= 4 && w.get(1).equals("or") && w.get(2).equals("replace")
                && (w.get(3).equals("function") || w.get(3).equals("procedure"));
    }

    private void finishStatement() {
        if (start >= 0) {
            StringBuilder sql = new StringBuilder(source.text().substring(start, end));
            for (SqlToken meta : metaCommands) {
                for (int i = meta.start(); i < Math.min(meta.end(), end); i++) {
                    sql.setCharAt(i - start, ' ');
                }
            }
            SqlStatement statement = new SqlStatement(source, start, sql.toString());
            statements.add(statement);
            if (COPY_FROM_STDIN.matcher(statement.sql()).matches()) {
                lexer.skipCopyData();
            }
            Matcher strings = STANDARD_CONFORMING_STRINGS.matcher(statement.sql());
            if (strings.find()) {
                // the server reads the strings that follow this way too, as the statement runs there
                lexer.backslashEscapesInStrings(strings.group(1).equalsIgnoreCase("off")
                        || strings.group(1).equalsIgnoreCase("false"));
            }
        }
        start = -1;
        parenthesisDepth = 0;
        beginDepth = 0;
        leadingWords.clear();
        metaCommands.clear();
    }
}
