package dev.schemata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.load.SchemaFiles;
import dev.schemata.plan.PlanOptions;
import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PostgresBinaries;
import dev.schemata.shadow.ShadowOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemataExportTest {
    private static final String SCHEMA = """
            create schema app;
            create type app.mood as enum ('sad', 'ok');
            create table app.person (id bigint generated always as identity primary key, mood app.mood not null);
            create table app.note (id serial primary key, person_id bigint references app.person, body text);
            comment on table app.note is 'what people wrote';
            create index note_person on app.note (person_id);
            create view app.sad_people as select id from app.person where mood = 'sad';
            """;

    @Test
    void anExportPlansEmptyAgainstItsDatabaseAndIsNotWrittenOverUnasked(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.startTemporary(PostgresBinaries.fromClassPath().orElseThrow())) {
            try (Connection c = server.connect("postgres")) {
                FreshDatabases.execute(c, SCHEMA);
            }
            TargetDatabase target = new TargetDatabase(server.jdbcUrl("postgres"), "postgres", null);
            Path out = dir.resolve("schema");

            List<Path> files = Schemata.export(target, ShadowOptions.embedded(), SchemaFilter.allUserSchemas(), out,
                    false, line -> { });

            assertEquals("001-app.sql", files.get(0).getFileName().toString());
            assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().endsWith("-app.sad_people.sql")), files.toString());
            SchemataRequest request = new SchemataRequest(target, SchemaFiles.inDirectory(out, false),
                    ShadowOptions.embedded(), SchemaFilter.allUserSchemas(), PlanOptions.allowingDrops(), line -> { });
            assertTrue(Schemata.plan(request).plan().statements().isEmpty(), Schemata.plan(request).plan().toSql());

            SchemataException refused = assertThrows(SchemataException.class, () -> Schemata.export(target,
                    ShadowOptions.embedded(), SchemaFilter.allUserSchemas(), out, false, line -> { }));
            assertTrue(refused.getMessage().contains("is not empty"), refused.getMessage());

            Path stale = Files.writeString(out.resolve("999-stale.sql"), "create table stale (id int);");
            Path readme = Files.writeString(out.resolve("README.md"), "kept");
            Schemata.export(target, ShadowOptions.embedded(), SchemaFilter.allUserSchemas(), out, true, line -> { });
            assertFalse(Files.exists(stale), "overwrite removes the .sql files of an earlier export");
            assertTrue(Files.exists(readme));
        }
    }
}
