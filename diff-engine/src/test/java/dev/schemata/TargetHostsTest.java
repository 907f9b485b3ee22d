package dev.schemata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which targets count as on this machine, and when they are read on one connection beside the shadow. No database. */
class TargetHostsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://localhost:5432/app | true",
        "jdbc:postgresql://LOCALHOST/app?sslmode=disable | true",
        "jdbc:postgresql://127.0.0.1:15432/app | true",
        "jdbc:postgresql://127.1.2.3/app | true",
        "jdbc:postgresql://[::1]:5432/app | true",
        "jdbc:postgresql://localhost,127.0.0.1:5433/app | true",
        "jdbc:postgresql:app | true",
        "jdbc:postgresql:///app | true",
        "jdbc:postgresql://localhost?user=x | true",
        "jdbc:postgresql://db.example.com:5432/app | false",
        "jdbc:postgresql://10.0.0.5/app | false",
        "jdbc:postgresql://localhost,db.example.com/app | false",
        "jdbc:postgresql://[2001:db8::1]:5432/app | false",
        "jdbc:postgresql://127.0.0.1.example.com/app | false",
        "jdbc:mysql://localhost/app | false",
    })
    void loopbackOnlyWhenEveryHostIsThisMachinesLoopback(String url, boolean expected) {
        assertEquals(expected, TargetHosts.loopbackOnly(url), url);
    }

    @Test
    void oneConnectionBesideTheShadowOnlyForATargetOnASmallMachine() {
        assertTrue(TargetConnection.readsOnOneConnectionAlongsideShadow(true, 2));
        assertTrue(TargetConnection.readsOnOneConnectionAlongsideShadow(true, 3));
        assertFalse(TargetConnection.readsOnOneConnectionAlongsideShadow(true, 4));
        assertFalse(TargetConnection.readsOnOneConnectionAlongsideShadow(false, 2), "a remote target's read waits on"
                + " the network, which a second connection halves");
    }
}
