package dev.schemata.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.SchemaFilter;
import dev.schemata.SchemataException;
import dev.schemata.plan.Hazard;
import dev.schemata.plan.HazardType;
import dev.schemata.plan.PlanOptions;
import dev.schemata.plan.PlannedStatement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PlanJsonTest {
    private static final SavedPlan PLAN = new SavedPlan("1.2.3", "shop", 17,
            PlanOrigin.options(PlanOptions.defaults(), new SchemaFilter(List.of("app"), List.of())), "f".repeat(64),
            "c".repeat(64), "d".repeat(64), new TreeMap<>(Map.of("table app.t", "1".repeat(64))),
            List.of(PlannedStatement.of("ALTER TABLE app.t ADD COLUMN n text"),
                    new PlannedStatement("DROP TABLE app.old", List.of(new Hazard(HazardType.DELETES_DATA, "rows \"go\"")),
                            "allowDrop is false", true),
                    new PlannedStatement("ALTER TYPE app.e ADD VALUE 'x'", List.of(), null, false)));

    @Test
    void aPlanReadsBackAsWritten() {
        String json = PlanJson.write(PLAN);
        assertEquals(PLAN, PlanJson.read(json, "plan.json"));
        assertEquals(json, PlanJson.write(PlanJson.read(json, "plan.json")));
        assertTrue(json.contains("\"schemas\" : [\n      \"app\"\n    ]"), json);
        assertTrue(json.endsWith("}\n") && !json.contains("\r"), json);
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        String message = refusal("{\n  \"format\": 1,\n  oops\n}");
        assertTrue(message.contains("plan.json cannot be applied: it is not valid JSON (line 3"), message);
        message = refusal("{ \"statements\" : [ {} ");
        assertTrue(message.contains("expected close marker for Array") && !message.contains("Source"), message);
    }

    @Test
    void aMissingMemberIsNamed() {
        String message = refusal(PlanJson.write(PLAN).replace("\"desired\"", "\"wished\""));
        assertTrue(message.contains("the member \"desired\" is missing"), message);
        message = refusal(PlanJson.write(PLAN).replace("\"transactional\" : true,", ""));
        assertTrue(message.contains("the member \"transactional\" is missing"), message);
    }

    @Test
    void anotherFormatOrAnUnknownHazardIsRefused() {
        assertTrue(refusal(PlanJson.write(PLAN).replace("\"format\" : 1", "\"format\" : 2"))
                .contains("it has format 2 but this Schemata reads format 1"));
        assertTrue(refusal(PlanJson.write(PLAN).replace("DELETES_DATA", "EATS_DATA"))
                .contains("statements[1] has the unknown hazard type EATS_DATA"));
        assertTrue(refusal("[]").contains("does not hold a JSON object"));
    }

    private static String refusal(String json) {
        return assertThrows(SchemataException.class, () -> PlanJson.read(json, "plan.json")).getMessage();
    }
}
