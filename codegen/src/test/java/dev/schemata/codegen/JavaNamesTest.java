package dev.schemata.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "order_item   | OrderItem   | orderItem",
        "ORDER_ITEM   | OrderItem   | orderItem",
        "OrderItem    | OrderItem   | orderItem",
        "'weird names'| WeirdNames  | weirdNames",
        "a\"b         | AB          | aB",
        "1st_place    | _1stPlace   | _1stPlace",
        "class        | Class       | class_",
        "default      | Default     | default_",
        "yield        | Yield       | yield_",
        "hash_code    | HashCode    | hashCode_",
        "to string    | ToString    | toString_",
        "größe        | Größe       | größe",
        "__id__       | Id          | id",
    })
    void camelCases(String sql, String upper, String lower) {
        assertEquals(upper, JavaNames.upperCamel(sql));
        assertEquals(lower, JavaNames.lowerCamel(sql));
    }

    @Test
    void aNameWithoutLettersOrDigitsHasNoJavaForm() {
        assertNull(JavaNames.upperCamel("?"));
        assertNull(JavaNames.lowerCamel(" $ "));
        assertNull(JavaNames.constantName("+"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "happy       | HAPPY",
        "in progress | IN_PROGRESS",
        "inProgress  | IN_PROGRESS",
        "so-so       | SO_SO",
        "1st         | _1ST",
        "ÜBER        | ÜBER",
    })
    void constants(String label, String constant) {
        assertEquals(constant, JavaNames.constantName(label));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sales       | sales",
        "Sales Data  | sales_data",
        "2024        | _2024",
        "package     | package_",
    })
    void packageSegments(String schema, String segment) {
        assertEquals(segment, JavaNames.packageSegment(schema));
    }

    @Test
    void packageNames() {
        assertTrue(JavaNames.isPackageName("com.example.db"));
        assertTrue(JavaNames.isPackageName("generated"));
        assertFalse(JavaNames.isPackageName(""));
        assertFalse(JavaNames.isPackageName("com..db"));
        assertFalse(JavaNames.isPackageName("com.example."));
        assertFalse(JavaNames.isPackageName("com.class.db"));
        assertFalse(JavaNames.isPackageName("com.1db"));
        assertFalse(JavaNames.isPackageName("com.my-db"));
    }

    @Test
    void uniqueNamesNumberTheLaterClaims() {
        UniqueNames members = UniqueNames.forMembers();
        assertEquals("userId", members.claim("userId"));
        assertEquals("userId2", members.claim("userId"));
        assertEquals("userId3", members.claim("userId"));
        assertEquals("UserId", members.claim("UserId"), "members are case-sensitive");

        UniqueNames classes = UniqueNames.forClasses();
        assertEquals("OrderItem", classes.claim("OrderItem"));
        assertEquals("Orderitem2", classes.claim("Orderitem"), "files clash on case-insensitive file systems");

        UniqueNames constants = UniqueNames.forConstants();
        assertEquals("A_B", constants.claim("A_B"));
        assertEquals("A_B_2", constants.claim("A_B"));
    }
}
