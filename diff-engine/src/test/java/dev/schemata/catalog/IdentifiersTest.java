package dev.schemata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IdentifiersTest {
    @Test
    void leavesPlainLowerCaseNamesBare() {
        assertEquals("orders", Identifiers.quote("orders"));
        assertEquals("_t1$x", Identifiers.quote("_t1$x"));
    }

    @Test
    void quotesWhatQuoteIdentQuotes() {
        assertEquals("\"Orders\"", Identifiers.quote("Orders"));
        assertEquals("\"1st\"", Identifiers.quote("1st"));
        assertEquals("\"$x\"", Identifiers.quote("$x"));
        assertEquals("\"a b\"", Identifiers.quote("a b"));
        assertEquals("\"caf\u00e9\"", Identifiers.quote("caf\u00e9"));
        assertEquals("\"\"", Identifiers.quote(""));
        assertEquals("\"say \"\"hi\"\"\"", Identifiers.quote("say \"hi\""));
    }

    @Test
    void quotesReservedKeyWordsOnly() {
        assertEquals("\"user\"", Identifiers.quote("user"));
        assertEquals("\"select\"", Identifiers.quote("select"));
        assertEquals("name", Identifiers.quote("name"));
    }
}
