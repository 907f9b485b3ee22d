package dev.schemata.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CHECK expressions written as PostgreSQL 17's pg_get_constraintdef prints them. */
class CheckTranslatorTest {
    private static final Map<String, ValueKind> COLUMNS = Map.ofEntries(
            Map.entry("price", ValueKind.DECIMAL), Map.entry("qty", ValueKind.INTEGER),
            Map.entry("score", ValueKind.INTEGER), Map.entry("name", ValueKind.TEXT),
            Map.entry("email", ValueKind.TEXT), Map.entry("status", ValueKind.TEXT), Map.entry("code", ValueKind.OTHER),
            Map.entry("Price", ValueKind.DECIMAL), Map.entry("dec", ValueKind.DECIMAL), Map.entry("k", ValueKind.TEXT),
            Map.entry("r", ValueKind.OTHER));

    @Test
    void comparisonsWithCastConstantsBecomeBounds() {
        assertEquals(lower("0", false), only("price", "(price > (0)::numeric)"));
        assertEquals(lower("1", true), only("qty", "(qty >= 1)"));
        assertEquals(upper("0.5", false), only("price", "(price < 0.5)"));
        assertEquals(lower("-1", false), only("qty", "(qty > '-1'::integer)"));
        assertEquals(lower("-1.5", true), only("price", "(price >= '-1.5'::numeric)"));
        assertEquals(lower("-1", true), only("qty", "(qty >= (- 1))"));
        assertEquals(lower("9.99", true), only("Price", "(\"Price\" >= 9.99)"));
        assertEquals(upper("10", true), only("qty", "(10 >= qty)"), "constant first");
        assertEquals(lower("0.5", false), only("qty", "((qty)::numeric > 0.5)"), "a widening cast of the column");
    }

    @Test
    void rangesCombineIntoOneFact() {
        ColumnChecks range = ColumnChecks.lowerBound(BigDecimal.ZERO, true)
                .and(ColumnChecks.upperBound(BigDecimal.valueOf(100), true));
        assertEquals(range, only("score", "((score >= 0) AND (score <= 100))"));
        assertEquals(range, only("score", "(score BETWEEN 0 AND 100)"));
        assertEquals(ColumnChecks.lowerBound(BigDecimal.valueOf(3), true)
                        .and(ColumnChecks.upperBound(BigDecimal.valueOf(3), true)),
                only("qty", "(qty = 3)"));
        assertEquals(lower("5", false), only("qty", "((qty > 1) AND (qty > 5) AND (qty >= 5))"), "the tightest");
    }

    @Test
    void lengthFunctionsBecomeSizes() {
        assertEquals(ColumnChecks.length(1, 50),
                only("name", "((char_length(name) >= 1) AND (char_length(name) <= 50))"));
        assertEquals(ColumnChecks.length(1, null), only("name", "(length(name) > 0)"));
        assertEquals(ColumnChecks.length(2, 8), only("name", "(character_length((name)::text) BETWEEN 2 AND 8)"));
        assertEquals(ColumnChecks.length(null, 3), only("name", "(char_length(name) < 4)"));
    }

    @Test
    void regexesBecomePatternsMatchingTheWholeValue() {
        assertEquals(ColumnChecks.pattern("[^@]+@[^@]+"), only("email", "(email ~ '^[^@]+@[^@]+$'::text)"));
        assertEquals(ColumnChecks.pattern("(?s).*(?:a.c).*"), only("name", "(name ~ 'a.c'::text)"));
        assertEquals(ColumnChecks.pattern("(?iu)abc"), only("name", "(name ~* '^abc$'::text)"));
        assertEquals(ColumnChecks.pattern("(?s).*(?:it's).*"), only("name", "(name ~ 'it''s'::text)"));
        assertEquals(ColumnChecks.pattern("\\d{3}-\\d{4}"), only("name", "((name)::text ~ '^\\d{3}-\\d{4}$'::text)"));
    }

    @Test
    void listsOfStringsBecomeAlternatives() {
        assertEquals(ColumnChecks.pattern("new|paid"),
                only("status", "(status = ANY (ARRAY['new'::text, 'paid'::text]))"));
        assertEquals(ColumnChecks.pattern("new|paid"), only("status",
                "((status)::text = ANY ((ARRAY['new'::character varying, 'paid'::character varying])::text[]))"));
        assertEquals(ColumnChecks.pattern("new|paid"), only("status", "(status IN ('new', 'paid'))"));
        assertEquals(ColumnChecks.pattern("on hold"), only("status", "(status = 'on hold'::text)"));
        String quoted = only("status", "(status = ANY (ARRAY['a.b'::text, 'c|d'::text, 'x''y'::text]))")
                .patterns().get(0);
        Pattern pattern = Pattern.compile(quoted);
        for (String value : List.of("a.b", "c|d", "x'y")) {
            assertEquals(true, pattern.matcher(value).matches(), value);
        }
        assertEquals(false, pattern.matcher("axb").matches());
        assertEquals(false, pattern.matcher("c").matches());
    }

    /** Printed by PostgreSQL 17.11 for checks written {@code dec >= -1.5 and dec < 2.5}, {@code k = 'a'}. */
    @Test
    void formsCopiedFromARealServer() {
        assertEquals(lower("-1.5", true).and(upper("2.5", false)),
                only("dec", "((\"dec\" >= '-1.5'::numeric) AND (\"dec\" < 2.5))"));
        assertEquals(ColumnChecks.pattern("a"), only("k", "((k)::text = 'a'::text)"));
        assertEquals(ColumnChecks.length(1, 5), only("name", "((length(name) >= 1) AND (length(name) <= 5))"));
        assertEquals(Map.of(), CheckTranslator.translate("(r > (0)::double precision)", COLUMNS));
    }

    @Test
    void factsAboutSeveralColumnsOfOneCheckAreKeptApart() {
        Map<String, ColumnChecks> facts =
                CheckTranslator.translate("((qty > 0) AND (price >= (0)::numeric) AND (qty < price))", COLUMNS);
        assertEquals(Map.of("qty", lower("0", false), "price", lower("0", true)), facts);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "((qty > 0) OR (qty < '-10'::integer))", // a disjunction says nothing about either part alone
        "(NOT (qty > 0))",
        "(qty <> 0)",
        "(qty > score)",
        "((qty + 1) > 0)",
        "(other > 0)", // not a column of the table
        "(t.qty > 0)",
        "(code > 0)", // a column of an untranslatable kind (citext, char(n), an overridden type)
        "((price)::integer > 0)", // a rounding cast of the column
        "(qty > (1.5)::integer)", // a rounding cast of the constant
        "(price > (0)::numeric(3,1))",
        "(price > (0.5)::double precision)",
        "(qty NOT BETWEEN 1 AND 5)",
        "(name !~ 'x'::text)",
        "(name ~ '^[[:alpha:]]+$'::text)", // a POSIX class Java would read as a union
        "(name ~ '\\mword\\M'::text)",
        "(name ~ '^a\\b'::text)", // PostgreSQL's \\b is a backspace
        "(name ~ '[a[b]'::text)",
        "(name ~ '(?i)abc'::text)",
        "(name ~ '***:abc'::text)",
        "(name ~ '(unclosed'::text)",
        "(status <> ALL (ARRAY['a'::text]))",
        "(status = ANY (ARRAY[1, 2]))",
        "(name = E'a\\\\nb')",
        "(qty = ANY (ARRAY[1, 2]))",
        "(length(code) < 5)",
        "(char_length(name, 1) < 5)",
        "(char_length(name) > '-5'::integer)",
        "(qty IS NOT NULL)",
        "this is not sql ((",
    })
    void leavesOutWhatItCannotTranslate(String expression) {
        assertEquals(Map.of(), CheckTranslator.translate(expression, COLUMNS), expression);
    }

    private static ColumnChecks only(String column, String expression) {
        Map<String, ColumnChecks> facts = CheckTranslator.translate(expression, COLUMNS);
        assertEquals(List.of(column), List.copyOf(facts.keySet()), expression);
        return facts.get(column);
    }

    private static ColumnChecks lower(String value, boolean inclusive) {
        return ColumnChecks.lowerBound(new BigDecimal(value), inclusive);
    }

    private static ColumnChecks upper(String value, boolean inclusive) {
        return ColumnChecks.upperBound(new BigDecimal(value), inclusive);
    }
}
