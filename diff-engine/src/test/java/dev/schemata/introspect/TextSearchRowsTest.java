package dev.schemata.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dictionary options come as PostgreSQL joins them: commas inside quotes belong to the value. */
class TextSearchRowsTest {

    @Test
    void splitsOptionsAtCommasOutsideQuotes() {
        assertEquals(List.of("stopwords = 'english'", "accept = 'false'"),
                TextSearchRows.options("stopwords = 'english', accept = 'false'"));
        assertEquals(List.of("rules = 'a, b'", "\"Odd, name\" = 3", "path = E'c:\\\\x'', y'"),
                TextSearchRows.options("rules = 'a, b', \"Odd, name\" = 3, path = E'c:\\\\x'', y'"));
        assertEquals(List.of(), TextSearchRows.options(null));
    }
}
