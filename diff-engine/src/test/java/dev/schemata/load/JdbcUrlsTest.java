package dev.schemata.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdbcUrlsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://localhost:5432/app|jdbc:postgresql://localhost:5432/shadow_1",
        "jdbc:postgresql://localhost/app?ssl=true&sslmode=require|jdbc:postgresql://localhost/shadow_1?ssl=true&sslmode=require",
        "jdbc:postgresql://h1:5432,h2:5433/app?targetServerType=primary|jdbc:postgresql://h1:5432,h2:5433/shadow_1?targetServerType=primary",
        "jdbc:postgresql://[::1]:5432/app|jdbc:postgresql://[::1]:5432/shadow_1",
        "jdbc:postgresql://localhost|jdbc:postgresql://localhost/shadow_1",
        "jdbc:postgresql://localhost/|jdbc:postgresql://localhost/shadow_1",
        "jdbc:postgresql://localhost?user=me|jdbc:postgresql://localhost/shadow_1?user=me",
        "jdbc:postgresql:app|jdbc:postgresql:shadow_1",
        "jdbc:postgresql:app?options=-c%20search_path%3Dx/y|jdbc:postgresql:shadow_1?options=-c%20search_path%3Dx/y",
    })
    void replacesTheDatabaseAndKeepsEverythingElse(String url, String expected) {
        assertEquals(expected, JdbcUrls.withDatabase(url, "shadow_1"));
    }

    @ParameterizedTest
    @CsvSource({"jdbc:mysql://localhost/app", "postgres://localhost/app"})
    void refusesOtherUrls(String url) {
        assertThrows(IllegalArgumentException.class, () -> JdbcUrls.withDatabase(url, "x"));
    }
}
