package dev.schemata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.load.SchemaSource;
import dev.schemata.shadow.BinariesResolver;
import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PostgresBinaries;
import dev.schemata.shadow.ShadowOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemataShadowVersionTest {
    @Test
    void aConfiguredShadowOfAnotherMajorThanTheTargetIsUsedWithAWarning(@TempDir Path dir) throws Exception {
        PostgresBinaries binaries = PostgresBinaries.fromClassPath().orElseThrow();
        Path schema = Files.writeString(dir.resolve("schema.sql"), "create table t (id int primary key);\n");
        List<String> log = new ArrayList<>();
        try (EmbeddedPostgres server = EmbeddedPostgres.startTemporary(binaries)) {
            ShadowOptions shadow = new ShadowOptions(server.jdbcUrl("postgres"), "postgres", null,
                    BinariesResolver.fromClassPathOrLocalRepository(), 0);
            int otherMajor = binaries.major() - 1;
            Catalog desired = Schemata.loadDesired(new SchemaSource(List.of(schema), false), shadow, otherMajor,
                    SchemaFilter.allUserSchemas(), log::add);
            assertTrue(desired.table(QualifiedName.of("public", "t")).isPresent());
        }
        assertEquals(1, log.size(), log.toString());
        assertTrue(log.get(0).contains("shadow server runs PostgreSQL " + binaries.major()), log.get(0));
        assertTrue(log.get(0).contains("schema.shadowUrl"), log.get(0));
    }
}
