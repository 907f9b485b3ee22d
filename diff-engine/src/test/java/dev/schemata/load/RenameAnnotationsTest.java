package dev.schemata.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.diff.RenameHint;
import dev.schemata.diff.RenameHint.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenameAnnotationsTest {
    private static final Path FILE = Path.of("schema.sql");

    private static List<RenameHint> hints(String text) {
        SourceText source = SourceText.of(FILE, text);
        return RenameAnnotations.of(source, StatementSplitter.split(source));
    }

    private static String brief(RenameHint h) {
        return h.kind() + " " + (h.schema() == null ? "" : h.schema() + ".")
                + (h.owner() == null ? "" : h.owner() + ".") + h.name() + " from " + h.from() + " @" + h.where();
    }

    private static List<String> briefs(String text) {
        return hints(text).stream().map(RenameAnnotationsTest::brief).toList();
    }

    @Test
    void aTableHeaderLineRenamesTheTableAndAColumnLineTheColumn() {
        assertEquals(List.of("TABLE users from user_accounts @schema.sql:1",
                        "COLUMN users.user_name from username @schema.sql:3"),
                briefs("CREATE TABLE users ( -- @renamed from=user_accounts\n"
                        + "  id bigint NOT NULL,\n"
                        + "  user_name text, -- @renamed from=username\n"
                        + "  age integer\n);\n"));
    }

    @Test
    void blockCommentsWorkAsWellAsLineComments() {
        assertEquals(List.of("TABLE app.users from accounts @schema.sql:1",
                        "INDEX app.users.email_idx from old_email_idx @schema.sql:2"),
                briefs("CREATE TABLE app.users /* @renamed from=accounts */ (id int, email text);\n"
                        + "CREATE UNIQUE INDEX email_idx /* @renamed from=old_email_idx */ ON app.users (email);\n"));
    }

    @Test
    void anAnnotationAfterTheSemicolonBelongsToTheStatementOnItsLine() {
        assertEquals(List.of("INDEX users.email_idx from idx_email @schema.sql:1",
                        "ENUM mood from feeling @schema.sql:2",
                        "DOMAIN public.price from amount @schema.sql:3"),
                briefs("CREATE INDEX email_idx ON users (email); -- @renamed from=idx_email\n"
                        + "CREATE TYPE mood AS ENUM ('sad', 'happy'); -- @renamed from=feeling\n"
                        + "CREATE DOMAIN public.price AS numeric CHECK (VALUE > 0); -- @renamed from=amount\n"));
    }

    @Test
    void quotedNamesKeepTheirCaseAndUnquotedOnesAreFolded() {
        assertEquals(List.of("TABLE User Profiles from user accounts @schema.sql:1",
                        "COLUMN User Profiles.Name from oldname @schema.sql:2",
                        "COLUMN User Profiles.b from Say \"hi\" @schema.sql:3"),
                briefs("CREATE TABLE \"User Profiles\" ( -- @renamed from=\"user accounts\"\n"
                        + "  \"Name\" text, -- @renamed from=OldName\n"
                        + "  B text -- @renamed from=\"Say \"\"hi\"\"\"\n);"));
    }

    @Test
    void namedConstraintsInTheBodyInlineAndInAlterTable() {
        assertEquals(List.of("CONSTRAINT t.t_pk from t_pkey @schema.sql:2",
                        "CONSTRAINT t.positive from pos @schema.sql:5",
                        "CONSTRAINT public.t.t_fk from fk @schema.sql:8",
                        "COLUMN public.t.d from dd @schema.sql:9"),
                briefs("CREATE TABLE t (\n"
                        + "  CONSTRAINT t_pk PRIMARY KEY (id), -- @renamed from=t_pkey\n"
                        + "  id int,\n"
                        + "  n int\n"
                        + "    CONSTRAINT positive CHECK (n > 0) -- @renamed from=pos\n"
                        + ");\n"
                        + "ALTER TABLE ONLY public.t\n"
                        + "    ADD CONSTRAINT t_fk FOREIGN KEY (n) REFERENCES t (id); -- @renamed from=fk\n"
                        + "ALTER TABLE public.t ADD COLUMN d int; -- @renamed from=dd\n"));
    }

    @Test
    void whenSeveralDeclarationsStartOnTheLineTheFirstOneIsRenamed() {
        assertEquals(List.of("TABLE t from old_t @schema.sql:1", "COLUMN t.key from id @schema.sql:3",
                        "ENUM mood from feeling @schema.sql:5"),
                briefs("CREATE TABLE t (key int); -- @renamed from=old_t\n"
                        + "CREATE TABLE t (\n  key int CONSTRAINT t_pk PRIMARY KEY -- @renamed from=id\n);\n"
                        + "CREATE TYPE mood AS ENUM ('a', 'b'); -- @renamed from=feeling\n"));
    }

    @Test
    void aLineInsideAMultiLineDeclarationBelongsToIt() {
        assertEquals(List.of("COLUMN t.amount from amt @schema.sql:3"),
                briefs("CREATE TABLE t (\n  amount numeric(10, 2)\n    NOT NULL DEFAULT 0, -- @renamed from=amt\n"
                        + "  id int\n);\n"));
    }

    @Test
    void enumLabelsOnTheirOwnLinesAreRenamedOneByOne() {
        assertEquals(List.of("ENUM_VALUE mood.joyful from happy @schema.sql:3",
                        "ENUM_VALUE mood.so so from meh @schema.sql:4",
                        "COMPOSITE_TYPE point2 from pair @schema.sql:6"),
                briefs("CREATE TYPE mood AS ENUM (\n"
                        + "  'sad',\n"
                        + "  'joyful', -- @renamed from=happy\n"
                        + "  'so so' -- @renamed from='meh'\n"
                        + ");\n"
                        + "CREATE TYPE point2 AS (x int, y int); -- @renamed from=pair\n"));
    }

    @Test
    void aQualifiedOldNameGivesTheSchema() {
        assertEquals(List.of("TABLE app.users from accounts @schema.sql:1"),
                briefs("CREATE TABLE users (id int); -- @renamed from=app.accounts\n"));
    }

    @Test
    void anAnnotationInsideAStringIsNoAnnotation() {
        assertEquals(List.of(), briefs("CREATE TABLE t (note text DEFAULT '-- @renamed from=x');\n"));
    }

    @Test
    void anAnnotationOnALineThatDeclaresNothingIsAnError() {
        SchemaFileException e = assertThrows(SchemaFileException.class, () -> hints(
                "CREATE TABLE t (\n  id int,\n  PRIMARY KEY (id) -- @renamed from=t_pkey\n);\n"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("-- @renamed from=t_pkey"), e.getMessage());
        assertTrue(e.getMessage().contains("declares no table, column"), e.getMessage());
    }

    @Test
    void anAnnotationOnALineOfItsOwnIsAnError() {
        SchemaFileException e = assertThrows(SchemaFileException.class, () -> hints(
                "CREATE TABLE a (id int);\n-- @renamed from=old_b\nCREATE TABLE b (id int);\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("stands outside any statement"), e.getMessage());
    }

    @Test
    void anAnnotationWithoutAnOldNameIsAnError() {
        SchemaFileException e = assertThrows(SchemaFileException.class,
                () -> hints("CREATE TABLE t (id int); -- @renamed\n"));
        assertTrue(e.getMessage().contains("does not say the old name"), e.getMessage());
    }

    @Test
    void anotherSchemaInTheOldNameIsAnError() {
        SchemaFileException e = assertThrows(SchemaFileException.class,
                () -> hints("CREATE TABLE app.t (id int); -- @renamed from=other.t\n"));
        assertTrue(e.getMessage().contains("moving an object to another schema is not supported"), e.getMessage());
    }
}
