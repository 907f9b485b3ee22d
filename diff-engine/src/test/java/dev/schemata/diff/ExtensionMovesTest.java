package dev.schemata.diff;

import static dev.schemata.plan.TestCatalogs.catalog;
import static dev.schemata.plan.TestCatalogs.col;
import static dev.schemata.plan.TestCatalogs.name;
import static dev.schemata.plan.TestCatalogs.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.SchemataException;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Extension;
import dev.schemata.catalog.Schema;
import dev.schemata.catalog.View;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtensionMovesTest {
    private static Catalog with(String schema, boolean relocatable, String type, String view) {
        Catalog tables = catalog(table("t", List.of(col("id", "integer"), col("v", type))));
        return tables.toBuilder()
                .schemas(List.of(new Schema("public", null), new Schema("ext", null)))
                .extensions(List.of(new Extension("x", schema, "1.0", null, relocatable,
                        List.of("xt", "xf", "~~>"))))
                .views(List.of(new View(name("v"), false, view, List.of(col("n", "integer")), List.of(), List.of(),
                        null)))
                .build();
    }

    @Test
    void aRelocatableExtensionMovesAndWhatNamesItsMembersReadsAsAfterwards() {
        Catalog current = with("public", true, "public.xt", "SELECT public.xf(t.v) OPERATOR(public.~~>) public.xt_other"
                + " FROM public.t");
        Catalog desired = with("ext", true, "ext.xt", "SELECT ext.xf(t.v) OPERATOR(ext.~~>) public.xt_other"
                + " FROM public.t");
        ExtensionMoves moves = ExtensionMoves.of(current, desired);
        assertEquals(List.of(new Change.MoveExtension(current.extensions().get(0), "ext")), moves.changes());
        assertEquals(List.of(), CatalogDiff.diff(moves.current(), desired), "nothing else changes");
    }

    @Test
    void anExtensionThatStaysChangesNothing() {
        Catalog current = with("public", true, "public.xt", "SELECT 1");
        ExtensionMoves moves = ExtensionMoves.of(current, current);
        assertEquals(List.of(), moves.changes());
        assertEquals(current, moves.current());
    }

    @Test
    void aNonRelocatableExtensionThatNothingUsesIsLeftToDropAndCreate() {
        Catalog current = with("public", false, "integer", "SELECT 1");
        Catalog desired = with("ext", false, "integer", "SELECT 1");
        ExtensionMoves moves = ExtensionMoves.of(current, desired);
        assertEquals(List.of(), moves.changes());
        List<Change> diff = CatalogDiff.diff(moves.current(), desired);
        assertTrue(diff.contains(new Change.DropExtension(current.extensions().get(0))), diff.toString());
    }

    @Test
    void aNonRelocatableExtensionInUseIsAnErrorThatNamesTheUsersAndTheWayOut() {
        Catalog current = with("public", false, "public.xt", "SELECT public.xf(1)");
        Catalog desired = with("ext", false, "ext.xt", "SELECT ext.xf(1)");
        SchemataException e = assertThrows(SchemataException.class, () -> ExtensionMoves.of(current, desired));
        assertTrue(e.getMessage().contains("Extension x cannot move from schema public to schema ext"), e.getMessage());
        assertTrue(e.getMessage().contains("not relocatable"), e.getMessage());
        assertTrue(e.getMessage().contains("tables public.t") && e.getMessage().contains("views public.v"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Keep it in schema public"), e.getMessage());
    }
}
