package dev.schemata;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.catalog.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaFilterTest {
    private static final SchemaFilter FILTER = new SchemaFilter(List.of(), List.of("scratch"),
            List.of("audit_*", "app.tmp_?", "exact"));

    @Test
    void aGlobWithoutSchemaMatchesTheTableNameInAnySchema() {
        assertFalse(FILTER.acceptsTable(QualifiedName.of("public", "audit_2024")));
        assertFalse(FILTER.acceptsTable(QualifiedName.of("app", "audit_")));
        assertFalse(FILTER.acceptsTable(QualifiedName.of("app", "exact")));
        assertTrue(FILTER.acceptsTable(QualifiedName.of("public", "audit")));
        assertTrue(FILTER.acceptsTable(QualifiedName.of("public", "exactly")));
    }

    @Test
    void aGlobWithSchemaMatchesOnlyThere() {
        assertFalse(FILTER.acceptsTable(QualifiedName.of("app", "tmp_x")));
        assertTrue(FILTER.acceptsTable(QualifiedName.of("app", "tmp_xy")), "? is one character");
        assertTrue(FILTER.acceptsTable(QualifiedName.of("public", "tmp_x")));
    }

    @Test
    void otherCharactersAreLiteral() {
        SchemaFilter dots = new SchemaFilter(List.of(), List.of(), List.of("a.b$c"));
        assertFalse(dots.acceptsTable(QualifiedName.of("a", "b$c")));
        assertTrue(dots.acceptsTable(QualifiedName.of("aXb", "b$c")));
    }

    @Test
    void excludingAddsToWhatWasThere() {
        SchemaFilter more = FILTER.excludingTable(QualifiedName.of("schemata", "apply_history")).excludingSchema("ops");
        assertFalse(more.acceptsTable(QualifiedName.of("schemata", "apply_history")));
        assertTrue(more.acceptsTable(QualifiedName.of("public", "apply_history")));
        assertFalse(more.accepts("ops"));
        assertFalse(more.accepts("scratch"));
        assertTrue(more.accepts("public"));
    }
}
