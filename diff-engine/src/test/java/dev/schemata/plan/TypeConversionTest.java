package dev.schemata.plan;

import static dev.schemata.plan.TypeConversion.LOSSY;
import static dev.schemata.plan.TypeConversion.NO_REWRITE;
import static dev.schemata.plan.TypeConversion.REWRITE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeConversionTest {
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            character varying(10) | character varying(20) | NO_REWRITE
            character varying(10) | character varying     | NO_REWRITE
            character varying(10) | text                  | NO_REWRITE
            character varying     | text                  | NO_REWRITE
            text                  | character varying     | NO_REWRITE
            text                  | text                  | NO_REWRITE
            numeric(10,2)         | numeric(12,2)         | NO_REWRITE
            numeric(10,2)         | numeric               | NO_REWRITE
            text[]                | character varying[]   | REWRITE
            text[]                | integer[]             | LOSSY
            integer               | bigint                | REWRITE
            smallint              | integer               | REWRITE
            real                  | double precision      | REWRITE
            numeric(10,2)         | numeric(12,4)         | REWRITE
            integer               | text                  | REWRITE
            character(3)          | text                  | REWRITE
            timestamp without time zone | timestamp with time zone | REWRITE
            integer               | integer[]             | REWRITE
            character varying(20) | character varying(5)  | LOSSY
            text                  | character varying(5)  | LOSSY
            text                  | integer               | LOSSY
            text                  | public.mood           | LOSSY
            bigint                | integer               | LOSSY
            double precision      | real                  | LOSSY
            numeric(10,2)         | numeric(8,2)          | LOSSY
            numeric(10,2)         | numeric(10,1)         | LOSSY
            numeric               | numeric(10,2)         | LOSSY
            numeric(10,2)         | integer               | LOSSY
            integer               | numeric(5,0)          | LOSSY
            double precision      | numeric(10,2)         | LOSSY
            integer               | numeric               | REWRITE
            timestamp without time zone | date            | LOSSY
            timestamp with time zone | date               | LOSSY
            timestamp(6) without time zone | timestamp(0) without time zone | LOSSY
            timestamp(0) without time zone | timestamp(3) without time zone | REWRITE
            """)
    void classifiesConversions(String from, String to, TypeConversion expected) {
        assertEquals(expected, TypeConversion.of(from, to));
    }
}
