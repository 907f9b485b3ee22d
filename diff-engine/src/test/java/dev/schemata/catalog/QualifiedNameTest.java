package dev.schemata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualifiedNameTest {
    @Test
    void equalNamesAreEqualAndHashAlike() {
        QualifiedName one = QualifiedName.of("sales", "orders");
        QualifiedName other = new QualifiedName(new String("sales"), new String("orders"));
        assertEquals(one, other);
        assertEquals(one.hashCode(), other.hashCode());
    }

    @Test
    void schemaAndNameAreNotInterchangeable() {
        // both print as a.b.c: the split between schema and name is part of the identity
        assertNotEquals(QualifiedName.of("a.b", "c"), QualifiedName.of("a", "b.c"));
        assertNotEquals(QualifiedName.of("x", "y"), QualifiedName.of("y", "x"));
        assertNotEquals(QualifiedName.of("x", "y"), "x.y");
        assertNotEquals(QualifiedName.of("x", "y"), null);
    }

    @Test
    void ordersBySchemaThenName() {
        List<QualifiedName> names = new ArrayList<>(List.of(QualifiedName.of("sales", "a"), QualifiedName.of("public", "z"),
                QualifiedName.of("public", "b"), QualifiedName.of("Sales", "m")));
        Collections.sort(names);
        assertEquals(List.of(QualifiedName.of("Sales", "m"), QualifiedName.of("public", "b"), QualifiedName.of("public", "z"),
                QualifiedName.of("sales", "a")), names);
        assertEquals(0, QualifiedName.of("s", "n").compareTo(QualifiedName.of("s", "n")));
        assertTrue(QualifiedName.of("s", "n").compareTo(QualifiedName.of("s", "o")) < 0);
    }
}
