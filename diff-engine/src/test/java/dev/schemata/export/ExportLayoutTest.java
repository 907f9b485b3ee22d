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
}
