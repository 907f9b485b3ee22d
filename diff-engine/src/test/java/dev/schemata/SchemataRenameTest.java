package dev.schemata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.load.SchemaSource;
import dev.schemata.plan.PlanOptions;
import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PostgresBinaries;
import dev.schemata.shadow.ShadowOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rename annotations from the schema files to the target, through the facade. */
class SchemataRenameTest {
    @Test
    void renamesKeepTheRowsAndAMistypedOldNameIsAClearError(@TempDir Path dir) throws Exception {
        PostgresBinaries binaries = PostgresBinaries.fromClassPath().orElseThrow();
        try (EmbeddedPostgres target = EmbeddedPostgres.startTemporary(binaries)) {
            try (Connection c = target.connect("postgres"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE accounts (id int PRIMARY KEY, nick text);"
                        + "INSERT INTO accounts VALUES (1, 'ann')");
            }
            Path typo = Files.writeString(dir.resolve("typo.sql"), "CREATE TABLE users ( -- @renamed from=acounts\n"
                    + "  id int PRIMARY KEY,\n  name text\n);\n");
            SchemataException e = assertThrows(SchemataException.class, () -> Schemata.plan(request(target, typo)));
            assertEquals(typo + ":1: the annotation -- @renamed from=acounts renames the table acounts to users, but"
                    + " neither public.acounts nor public.users exists on the target. Fix the old name in the"
                    + " annotation, or remove the annotation if users is a new table.", e.getMessage());

            Path schema = Files.writeString(dir.resolve("schema.sql"),
                    "CREATE TABLE users ( -- @renamed from=accounts\n"
                    + "  id int PRIMARY KEY,\n  name text -- @renamed from=nick\n);\n");
            ApplyResult applied = Schemata.apply(request(target, schema));
            assertEquals(List.of("ALTER TABLE public.accounts RENAME TO users",
                            "ALTER TABLE public.users RENAME COLUMN nick TO name",
                            "ALTER TABLE public.users RENAME CONSTRAINT accounts_pkey TO users_pkey"),
                    applied.planned().plan().executable().stream().map(p -> p.sql()).toList());
            try (Connection c = target.connect("postgres"); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT name FROM users WHERE id = 1")) {
                assertTrue(r.next());
                assertEquals("ann", r.getString(1));
            }
            assertTrue(Schemata.plan(request(target, schema)).plan().isEmpty(), "the annotations stay, done");
        }
    }

    private static SchemataRequest request(EmbeddedPostgres target, Path file) {
        return new SchemataRequest(new TargetDatabase(target.jdbcUrl("postgres"), "postgres", null),
                new SchemaSource(List.of(file), false), ShadowOptions.embedded(), SchemaFilter.allUserSchemas(),
                PlanOptions.defaults(), line -> { });
    }
}
