package dev.schemata.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.SequenceOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferencesTest {
    @Test
    void findsTheSequencesOfADefaultQualifiedOrNot() {
        assertEquals(List.of(QualifiedName.of("public", "t_id_seq")),
                References.sequencesIn("nextval('t_id_seq'::regclass)"));
        assertEquals(List.of(QualifiedName.of("My Schema", "Odd\"Seq"), QualifiedName.of("app", "it's")),
                References.sequencesIn("(nextval('\"My Schema\".\"Odd\"\"Seq\"'::regclass) + nextval('app.\"it''s\"'::regclass))"));
        assertEquals(List.of(), References.sequencesIn("now()"));
        assertEquals(List.of(), References.sequencesIn(null));
    }

    @Test
    void recognisesAnEnumTypeHoweverFormatTypePrintsIt() {
        QualifiedName mood = QualifiedName.of("public", "mood");
        assertTrue(References.isType("public.mood", mood));
        assertTrue(References.isType("mood", mood));
        assertTrue(References.isType("public.mood[]", mood));
        assertFalse(References.isType("public.moods", mood));
        assertTrue(References.isType("app.\"Mood\"", QualifiedName.of("app", "Mood")));
        assertFalse(References.isType("\"Mood\"", QualifiedName.of("app", "Mood")));
    }

    @Test
    void sequenceOptionsAtTheirDefaultsAreLeftOut() {
        assertEquals(List.of(), SequenceSql.options(new SequenceOptions("bigint", 1, 1, 1, Long.MAX_VALUE, 1, false), true));
        assertEquals(List.of("AS integer"),
                SequenceSql.options(new SequenceOptions("integer", 1, 1, 1, Integer.MAX_VALUE, 1, false), true));
        assertEquals(List.of("INCREMENT BY -1"),
                SequenceSql.options(new SequenceOptions("bigint", -1, -1, Long.MIN_VALUE, -1, 1, false), true));
        assertEquals(List.of("AS smallint", "INCREMENT BY 5", "MINVALUE 10", "MAXVALUE 100", "START WITH 20", "CACHE 3", "CYCLE"),
                SequenceSql.options(new SequenceOptions("smallint", 20, 5, 10, 100, 3, true), true));
    }
}
