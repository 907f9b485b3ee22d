package dev.schemata.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.palantir.javapoet.ClassName;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeOverridesTest {
    private static final ClassName SEQUENCE = ClassName.get("java.lang", "CharSequence");
    private static final ClassName BIG = ClassName.get("java.math", "BigInteger");
    private static final ClassName EXACT = ClassName.get("com.example", "Code");

    @Test
    void aTypeMatchesAsPrintedOrWithoutItsModifiers() {
        TypeOverrides overrides = TypeOverrides.of(Map.of("character varying", SEQUENCE.canonicalName(),
                "numeric[]", BIG.canonicalName(), "character(3)", EXACT.canonicalName()));
        assertEquals(SEQUENCE, overrides.forType("character varying"));
        assertEquals(SEQUENCE, overrides.forType("character varying(20)"));
        assertEquals(BIG, overrides.forType("numeric(10,2)[]"));
        assertEquals(EXACT, overrides.forType("character(3)"), "the exact form first");
        assertNull(overrides.forType("character(4)"), "the bare type is not overridden");
        assertNull(overrides.forType("numeric(10,2)"));
        assertNull(overrides.forType("text"));
        assertNull(overrides.forType("odd)("));
    }

    @Test
    void noOverridesMatchNothing() {
        assertNull(TypeOverrides.of(Map.of()).forType("character varying(20)"));
    }
}
