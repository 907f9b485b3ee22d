package dev.schemata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void passwordsInUrlsAreMasked() {
        assertEquals("jdbc:postgresql://u:****@db:5432/app", Redaction.url("jdbc:postgresql://u:pw@db:5432/app"));
        assertEquals("jdbc:postgresql://u:****@db/app", Redaction.url("jdbc:postgresql://u:p@ss@db/app"));
        assertEquals("jdbc:postgresql://db/app?user=u&password=****&ssl=true",
                Redaction.url("jdbc:postgresql://db/app?user=u&password=s3cret&ssl=true"));
        assertEquals("jdbc:postgresql://db/app?sslpassword=****", Redaction.url("jdbc:postgresql://db/app?sslpassword=k"));
        assertEquals("jdbc:postgresql://db/app?PASSWORD=****", Redaction.url("jdbc:postgresql://db/app?PASSWORD=x"));
        assertEquals("jdbc:postgresql://db:5432/app", Redaction.url("jdbc:postgresql://db:5432/app"));
        assertNull(Redaction.url(null));
    }

    @Test
    void aUrlInsideAMessageIsMaskedToo() {
        assertEquals("Cannot connect to jdbc:postgresql://u:****@db/app as u: refused",
                Redaction.url("Cannot connect to jdbc:postgresql://u:pw@db/app as u: refused"));
    }

    @Test
    void aKnownSecretIsMaskedWherever() {
        assertEquals("FATAL: password **** rejected", Redaction.text("FATAL: password hunter2 rejected", "hunter2"));
        assertEquals("unchanged", Redaction.text("unchanged", null));
    }
}
