package dev.schemata.diff;

import static dev.schemata.plan.TestCatalogs.col;
import static dev.schemata.plan.TestCatalogs.name;
import static dev.schemata.plan.TestCatalogs.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.Dependency;
import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.Routine;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diff of views and routines: replaced in place when PostgreSQL allows it, else dropped and created. */
class ObjectDiffTest {

    @Test
    void aViewIsReplacedWhenColumnsAreOnlyAppendedAndRecreatedOtherwise() {
        View ab = view("v", "SELECT a, b FROM t", col("a", "integer"), col("b", "text"));
        View abc = view("v", "SELECT a, b, c FROM t", col("a", "integer"), col("b", "text"), col("c", "text"));
        View ba = view("v", "SELECT b, a FROM t", col("b", "text"), col("a", "integer"));
        assertTrue(ViewDiff.replaceable(ab, abc));
        assertFalse(ViewDiff.replaceable(ab, ba), "a moved column cannot be replaced in place");
        assertFalse(ViewDiff.replaceable(abc, ab), "a removed column cannot be replaced in place");
        View materialized = new View(name("v"), true, "SELECT a, b, c FROM t", abc.columns(), List.of(), List.of(),
                null);
        assertFalse(ViewDiff.replaceable(materialized, materialized), "a materialized view is never replaced");
    }

    @Test
    void aRoutineIsReplacedUnlessItsResultOrArgumentNamesChange() {
        Routine f = routine("x integer", "integer", "SELECT x");
        assertTrue(ProgramDiff.replaceable(f, routine("x integer", "integer", "SELECT x + 1")));
        assertFalse(ProgramDiff.replaceable(f, routine("x integer", "bigint", "SELECT x")));
        assertFalse(ProgramDiff.replaceable(f, routine("y integer", "integer", "SELECT y")));
    }

    @Test
    void aViewThatMentionsARetypedColumnIsRebuiltOneThatDoesNotStays() {
        Table before = table("t", List.of(col("a", "integer"), col("b", "text")));
        Table after = table("t", List.of(col("a", "integer"), col("b", "character varying(9)")));
        View usesB = view("uses_b", "SELECT t.b FROM public.t", col("b", "text"));
        View usesA = view("uses_a", "SELECT t.a FROM public.t", col("a", "integer"));
        List<Dependency> deps = List.of(
                new Dependency(ObjectId.of(ObjectKind.VIEW, name("uses_a")), ObjectId.of(ObjectKind.TABLE, name("t"))),
                new Dependency(ObjectId.of(ObjectKind.VIEW, name("uses_b")), ObjectId.of(ObjectKind.TABLE, name("t"))));
        Catalog current = Catalog.builder().tables(List.of(before)).views(List.of(usesA, usesB))
                .dependencies(deps).build();
        Catalog desired = Catalog.builder().tables(List.of(after)).views(List.of(usesA, usesB)).build();
        List<Change> changes = CatalogDiff.diff(current, desired);
        assertEquals(List.of(new Change.ChangeColumnType(name("t"), before.columns().get(1), after.columns().get(1)),
                new Change.DropView(usesB), new Change.CreateView(usesB)), changes);
    }

    private static View view(String name, String query, Column... columns) {
        return new View(name(name), false, query, List.of(columns), List.of(), List.of(), null);
    }

    private static Routine routine(String arguments, String result, String body) {
        String definition = "CREATE OR REPLACE FUNCTION public.f(" + arguments + ") RETURNS " + result
                + " LANGUAGE sql AS $$" + body + "$$";
        return new Routine(name("f"), "integer", arguments, arguments, Routine.Kind.FUNCTION, "sql", result,
                definition, null);
    }
}
