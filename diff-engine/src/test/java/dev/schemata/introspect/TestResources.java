package dev.schemata.introspect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The SQL and golden text resources of the introspection tests. */
final class TestResources {
    private TestResources() {}

    static String resource(String name) throws IOException {
        try (InputStream in = TestResources.class.getResourceAsStream("/introspect/" + name)) {
            if (in == null) {
                throw new IOException("test resource introspect/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
