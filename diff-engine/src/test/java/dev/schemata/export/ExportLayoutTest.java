package dev.schemata.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.schemata.plan.PlannedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportLayoutTest {
    @Test
    void statementsAreFiledUnderTheObjectTheyAreAbout() {
        assertEquals("public.t", ExportLayout.subject("CREATE TABLE public.t (\n  id integer\n)"));
        assertEquals("public.t", ExportLayout.subject("CREATE UNIQUE INDEX t_a ON public.t USING btree (a)"));
        assertEquals("public.\"Order\"", ExportLayout.subject("CREATE INDEX \"x y\" ON public.\"Order\" USING btree (a)"));
        assertEquals("public.t", ExportLayout.subject("COMMENT ON COLUMN public.t.a IS 'x'"));
        assertEquals("public.\"a.b\"", ExportLayout.subject("COMMENT ON COLUMN public.\"a.b\".\"c.d\" IS 'x'"));
        assertEquals("public.t", ExportLayout.subject("COMMENT ON CONSTRAINT t_pkey ON public.t IS 'x'"));
        assertEquals("public.v", ExportLayout.subject("COMMENT ON MATERIALIZED VIEW public.v IS 'x'"));
        assertEquals("public.doc", ExportLayout.subject("CREATE POLICY by_owner ON public.doc FOR ALL TO PUBLIC USING (true)"));
        assertEquals("public.t", ExportLayout.subject("CREATE TRIGGER t_audit BEFORE INSERT ON public.t FOR EACH ROW"
                + " EXECUTE FUNCTION public.audit()"));
        assertEquals("public.add", ExportLayout.subject("CREATE OR REPLACE FUNCTION public.add(a integer)\n RETURNS int"));
        assertEquals("public.t", ExportLayout.subject("GRANT SELECT ON TABLE public.t TO reader"));
        assertEquals("app", ExportLayout.subject("CREATE SCHEMA app"));
        assertEquals("stop_ddl", ExportLayout.subject("CREATE EVENT TRIGGER stop_ddl ON ddl_command_start"));
        assertNull(ExportLayout.subject("SELECT 1"));
    }

    @Test
    void filesAreNumberedInRunOrderOnePerRunOfOneObject() {
        List<PlannedStatement> statements = List.of(PlannedStatement.of("CREATE TABLE public.a (id integer)"),
                PlannedStatement.of("CREATE INDEX a_id ON public.a USING btree (id)"),
                PlannedStatement.of("CREATE TABLE public.b (a integer)"),
                PlannedStatement.of("ALTER TABLE public.a ADD CONSTRAINT a_b FOREIGN KEY (id) REFERENCES public.b(a)"));
        assertEquals(List.of("001-public.a.sql", "002-public.b.sql", "003-public.a.sql"),
                List.copyOf(ExportLayout.files(statements).keySet()));
        assertEquals("CREATE TABLE public.a (id integer);\n\nCREATE INDEX a_id ON public.a USING btree (id);\n",
                ExportLayout.files(statements).get("001-public.a.sql"));
    }

    @Test
    void commentsAndGrantsJoinTheFileThatCreatesTheirObjectButNotBeforeIt() {
        List<PlannedStatement> statements = List.of(
                PlannedStatement.of("CREATE FUNCTION public.x() RETURNS integer LANGUAGE sql AS 'select 1'"),
                PlannedStatement.of("CREATE TABLE public.a (id integer, b_id integer)"),
                PlannedStatement.of("CREATE TABLE public.b (id integer PRIMARY KEY)"),
                PlannedStatement.of("CREATE TABLE public.x (id integer)"),
                PlannedStatement.of("ALTER TABLE public.a ADD CONSTRAINT a_b FOREIGN KEY (b_id) REFERENCES public.b(id)"),
                PlannedStatement.of("COMMENT ON TABLE public.a IS 'a'"),
                PlannedStatement.of("COMMENT ON COLUMN public.a.b_id IS 'b'"),
                PlannedStatement.of("COMMENT ON COLUMN public.a.later IS 'added later'"),
                PlannedStatement.of("COMMENT ON CONSTRAINT a_b ON public.a IS 'fk'"),
                PlannedStatement.of("GRANT SELECT ON TABLE public.x TO PUBLIC"),
                PlannedStatement.of("COMMENT ON TABLE public.x IS 'the table, not the function'"));
        var files = ExportLayout.files(statements);
        assertEquals(List.of("001-public.x.sql", "002-public.a.sql", "003-public.b.sql", "004-public.x.sql",
                "005-public.a.sql"), List.copyOf(files.keySet()));
        assertEquals("CREATE TABLE public.a (id integer, b_id integer);\n\nCOMMENT ON TABLE public.a IS 'a';\n\n"
                + "COMMENT ON COLUMN public.a.b_id IS 'b';\n", files.get("002-public.a.sql"));
        assertEquals("CREATE TABLE public.x (id integer);\n\nGRANT SELECT ON TABLE public.x TO PUBLIC;\n\n"
                + "COMMENT ON TABLE public.x IS 'the table, not the function';\n", files.get("004-public.x.sql"));
        assertEquals("ALTER TABLE public.a ADD CONSTRAINT a_b FOREIGN KEY (b_id) REFERENCES public.b(id);\n\n"
                + "COMMENT ON COLUMN public.a.later IS 'added later';\n\nCOMMENT ON CONSTRAINT a_b ON public.a IS 'fk';\n",
                files.get("005-public.a.sql"));
    }
}
