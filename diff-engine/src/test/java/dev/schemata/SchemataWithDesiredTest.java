package dev.schemata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.catalog.QualifiedName;
import dev.schemata.load.SchemaSource;
import dev.schemata.shadow.ShadowOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemataWithDesiredTest {
    @Test
    void theWorkSeesTheCatalogAndCanConnectToTheShadowWhichIsGoneAfterwards(@TempDir Path dir) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.sql"),
                "create type mood as enum ('ok');\ncreate table t (id int primary key, m mood);\n");
        Schemata.ShadowConnection used = Schemata.withDesired(new SchemaSource(List.of(schema), false),
                ShadowOptions.embedded(), 0, SchemaFilter.allUserSchemas(), line -> {}, (catalog, shadow) -> {
                    assertTrue(catalog.table(QualifiedName.of("public", "t")).isPresent());
                    try (Connection c = DriverManager.getConnection(shadow.url(), properties(shadow));
                            Statement s = c.createStatement();
                            ResultSet r = s.executeQuery("select count(*) from public.t")) {
                        r.next();
                        assertEquals(0, r.getInt(1));
                    } catch (SQLException e) {
                        throw new AssertionError(e);
                    }
                    return shadow;
                });
        assertEquals("postgres", used.user());
        assertNull(used.password(), "an embedded shadow has no password");
        assertThrows(SQLException.class, () -> DriverManager.getConnection(used.url(), properties(used)).close());
    }

    private static Properties properties(Schemata.ShadowConnection shadow) {
        Properties p = new Properties();
        p.setProperty("user", shadow.user());
        p.setProperty("connectTimeout", "5");
        return p;
    }
}
