package dev.schemata.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Routine;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BodyReferencesTest {

    private static Routine routine(String schema, String definition) {
        return new Routine(QualifiedName.of(schema, "f"), "", "", "", Routine.Kind.FUNCTION, "plpgsql", "integer",
                definition, null);
    }

    @Test
    void namesInAStringBodyAreQualifiedOrLookedUpInTheRoutinesSchemaAndPublic() {
        Set<QualifiedName> names = BodyReferences.namesIn(routine("app", "CREATE OR REPLACE FUNCTION app.f()\n"
                + " RETURNS integer LANGUAGE plpgsql\nAS $function$ BEGIN RETURN (SELECT count(*) FROM Orders"
                + " JOIN audit.\"Log Entries\" l USING (id)); END $function$"));
        assertTrue(names.contains(QualifiedName.of("app", "orders")), names.toString());
        assertTrue(names.contains(QualifiedName.of("public", "orders")), names.toString());
        assertTrue(names.contains(QualifiedName.of("audit", "Log Entries")), names.toString());
    }

    @Test
    void aSqlStandardBodyIsLeftToPgDepend() {
        assertEquals(Set.of(), BodyReferences.namesIn(routine("public", "CREATE OR REPLACE FUNCTION public.f()\n"
                + " RETURNS integer LANGUAGE sql\nBEGIN ATOMIC\n SELECT count(*) FROM orders;\nEND")));
    }
}
