package dev.schemata.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {
    private static final Path FILE = Path.of("schema", "tables.sql");

    private static List<SqlStatement> split(String text) {
        return StatementSplitter.split(SourceText.of(FILE, text));
    }

    private static List<String> sqls(String text) {
        return split(text).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void splitsAtSemicolonsAndKeepsNoSemicolon() {
        assertEquals(List.of("CREATE TABLE a (id int)", "CREATE TABLE b (id int)"),
                sqls("CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n"));
    }

    @Test
    void aLastStatementWithoutSemicolonStillCounts() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), sqls("SELECT 1;\nSELECT 2\n"));
    }

    @Test
    void emptyStatementsAndCommentOnlyFilesGiveNothing() {
        assertEquals(List.of(), sqls(";;\n-- only a comment;\n/* and; another */\n  ;"));
        assertEquals(List.of(), sqls(""));
    }

    @Test
    void reportsTheLineAndColumnOfEachStatementsFirstToken() {
        List<SqlStatement> statements = split("-- header; with a semicolon\n\n  /* lead */ CREATE TABLE a ();\n"
                + "\tCREATE TABLE b ();");
        assertEquals(3, statements.get(0).line());
        assertEquals(14, statements.get(0).column());
        assertEquals(4, statements.get(1).line());
        assertEquals(2, statements.get(1).column());
        assertEquals("schema/tables.sql:4".replace('/', java.io.File.separatorChar), statements.get(1).where());
    }

    @Test
    void semicolonsInCommentsDoNotSplit() {
        assertEquals(List.of("CREATE TABLE a (\n  id int -- the key; unique\n)"),
                sqls("CREATE TABLE a (\n  id int -- the key; unique\n);"));
    }

    @Test
    void blockCommentsNest() {
        assertEquals(List.of("SELECT 1 /* outer /* inner; */ still; comment */ + 1", "SELECT 2"),
                sqls("SELECT 1 /* outer /* inner; */ still; comment */ + 1; SELECT 2;"));
    }

    @Test
    void stringsWithDoubledQuotesKeepTheirSemicolons() {
        assertEquals(List.of("COMMENT ON TABLE a IS 'it''s; fine'", "SELECT 2"),
                sqls("COMMENT ON TABLE a IS 'it''s; fine'; SELECT 2;"));
    }

    @Test
    void escapeStringsUnderstandBackslashes() {
        assertEquals(List.of("SELECT E'a\\'; b'", "SELECT e'\\\\'", "SELECT 3"),
                sqls("SELECT E'a\\'; b'; SELECT e'\\\\'; SELECT 3;"));
    }

    @Test
    void aBackslashInAStandardStringIsJustACharacter() {
        assertEquals(List.of("SELECT 'C:\\'", "SELECT 2"), sqls("SELECT 'C:\\'; SELECT 2;"));
    }

    @Test
    void anIdentifierEndingInEIsNotAnEscapeStringPrefix() {
        assertEquals(List.of("SELECT name'x'", "SELECT 'a\\'", "SELECT 3"),
                sqls("SELECT name'x'; SELECT 'a\\'; SELECT 3;"));
    }

    @Test
    void quotedIdentifiersKeepSemicolonsAndDoubledQuotes() {
        assertEquals(List.of("CREATE TABLE \"we;ird\"\"name\" (id int)", "SELECT 2"),
                sqls("CREATE TABLE \"we;ird\"\"name\" (id int); SELECT 2;"));
    }

    @Test
    void functionBodiesInDollarQuotesStayWhole() {
        String function = """
                CREATE FUNCTION public.audit() RETURNS trigger
                    LANGUAGE plpgsql
                    AS $$
                BEGIN
                  INSERT INTO audit_log VALUES (NEW.id, 'it''s; here');
                  RETURN NEW;
                END;
                $$""";
        assertEquals(List.of(function, "SELECT 2"), sqls(function + ";\nSELECT 2;\n"));
    }

    @Test
    void taggedDollarQuotesMayHoldPlainDollarQuotes() {
        String function = "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $body$\n"
                + "BEGIN EXECUTE $$SELECT 1; SELECT 2$$; RETURN 'x'; END;\n$body$";
        assertEquals(List.of(function, "SELECT 3"), sqls(function + "; SELECT 3;"));
    }

    @Test
    void positionalParametersAndDollarsInIdentifiersAreNotDollarQuotes() {
        assertEquals(List.of("CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT $1'",
                        "SELECT a$b$ FROM t", "SELECT 3"),
                sqls("CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT $1'; SELECT a$b$ FROM t; SELECT 3;"));
    }

    @Test
    void sqlStandardFunctionBodiesAreNotSplitAtTheirSemicolons() {
        String function = """
                CREATE OR REPLACE FUNCTION public.total(a integer, b integer) RETURNS integer
                    LANGUAGE sql
                    BEGIN ATOMIC
                 SELECT CASE WHEN a > b THEN a ELSE b END;
                 SELECT (a + b);
                END""";
        assertEquals(List.of(function, "CREATE PROCEDURE p() BEGIN ATOMIC SELECT 1; END", "SELECT 3"),
                sqls(function + ";\nCREATE PROCEDURE p() BEGIN ATOMIC SELECT 1; END;\nSELECT 3;"));
    }

    @Test
    void aTransactionBeginIsNotABlock() {
        assertEquals(List.of("BEGIN", "CREATE TABLE a ()", "COMMIT"), sqls("BEGIN; CREATE TABLE a (); COMMIT;"));
    }

    @Test
    void semicolonsInsideParenthesesBelongToTheStatement() {
        String rule = "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO log VALUES (1); DELETE FROM q)";
        assertEquals(List.of(rule, "SELECT 2"), sqls(rule + "; SELECT 2;"));
    }

    @Test
    void psqlMetaCommandLinesAreSkipped() {
        String dump = """
                --
                -- PostgreSQL database dump
                --

                \\restrict 8LkbD7f0gXvBhnJ0Qm1yZk2v

                -- Dumped from database version 17.6
                SET statement_timeout = 0;
                \\connect app
                \\set ON_ERROR_STOP on
                CREATE TABLE a (id int);

                \\unrestrict 8LkbD7f0gXvBhnJ0Qm1yZk2v
                """;
        List<SqlStatement> statements = split(dump);
        assertEquals(List.of("SET statement_timeout = 0", "CREATE TABLE a (id int)"),
                statements.stream().map(SqlStatement::sql).toList());
        assertEquals(8, statements.get(0).line());
        assertEquals(11, statements.get(1).line());
    }

    @Test
    void metaCommandsThatChangeWhatRunsAreRefusedWhereTheyStand() {
        SchemaFileException include = assertThrows(SchemaFileException.class,
                () -> split("SELECT 1;\n  \\i tables.sql\n"));
        assertEquals(2, include.line());
        assertEquals(3, include.column());
        assertTrue(include.getMessage().contains("\\i tables.sql"), include.getMessage());
        assertTrue(include.getMessage().contains("does not follow includes"), include.getMessage());
        SchemaFileException conditional = assertThrows(SchemaFileException.class,
                () -> split("\\if :is_prod\nCREATE TABLE a ();\n\\endif\n"));
        assertTrue(conditional.getMessage().contains("remove this one"), conditional.getMessage());
    }

    @Test
    void afterStandardConformingStringsOffBackslashesEscapeInPlainStrings() {
        assertEquals(List.of("SET standard_conforming_strings = off", "SELECT 'it\\'s; one'",
                        "SET standard_conforming_strings TO 'on'", "SELECT 'C:\\'", "SELECT 5"),
                sqls("SET standard_conforming_strings = off;\nSELECT 'it\\'s; one';\n"
                        + "SET standard_conforming_strings TO 'on';\nSELECT 'C:\\';\nSELECT 5;"));
    }

    @Test
    void aMetaCommandInsideAStatementIsBlankedKeepingOffsets() {
        SqlStatement statement = split("CREATE TABLE a (\n\\set x 1\n  id int);").get(0);
        assertEquals("CREATE TABLE a (\n        \n  id int)", statement.sql());
        int index = statement.sql().indexOf("id");
        assertEquals(3, statement.source().line(statement.offset() + index));
    }

    @Test
    void copyFromStdinDataLinesAreSkippedUpToTheEndMarker() {
        String dump = "COPY public.t (id, note) FROM stdin;\n1\tsemi; colon\n2\t'quote\n\\.\nCREATE TABLE b ();\n";
        List<SqlStatement> statements = split(dump);
        assertEquals(List.of("COPY public.t (id, note) FROM stdin", "CREATE TABLE b ()"),
                statements.stream().map(SqlStatement::sql).toList());
        assertEquals(5, statements.get(1).line());
    }

    @Test
    void crlfLineEndsAndAByteOrderMarkAreWhitespace() {
        List<SqlStatement> statements = split("\uFEFFCREATE TABLE a ();\r\n\r\nCREATE TABLE b ();\r\n");
        assertEquals(List.of("CREATE TABLE a ()", "CREATE TABLE b ()"),
                statements.stream().map(SqlStatement::sql).toList());
        assertEquals(3, statements.get(1).line());
        assertEquals(1, statements.get(1).column());
    }

    @Test
    void columnsCountCharactersNotUtf16Units() {
        SqlStatement statement = split("SELECT '\uD83D\uDE00'; SELECT 2;").get(1);
        assertEquals(13, statement.column()); // 14 if the emoji counted twice
    }

    @Test
    void anUnterminatedStringIsReportedWhereItStarts() {
        SchemaFileException e = assertThrows(SchemaFileException.class,
                () -> split("SELECT 1;\nSELECT 'open;\nSELECT 3;\n"));
        assertEquals(2, e.line());
        assertEquals(8, e.column());
        assertTrue(e.getMessage().contains("string constant is never closed"), e.getMessage());
    }

    @Test
    void unterminatedCommentsIdentifiersAndDollarQuotesAreReported() {
        assertTrue(assertThrows(SchemaFileException.class, () -> split("/* /* */ SELECT 1;"))
                .getMessage().contains("/* comment is never closed"));
        assertTrue(assertThrows(SchemaFileException.class, () -> split("SELECT \"a;"))
                .getMessage().contains("quoted identifier"));
        SchemaFileException dollar = assertThrows(SchemaFileException.class,
                () -> split("CREATE FUNCTION f() AS $fn$ BEGIN END $$;"));
        assertTrue(dollar.getMessage().contains("never closed with $fn$"), dollar.getMessage());
        assertEquals(24, dollar.column());
    }
}
