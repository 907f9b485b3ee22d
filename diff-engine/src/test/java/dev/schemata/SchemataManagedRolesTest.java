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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Through the facade: grants of managed roles are applied, and a managed role the target lacks stops the plan. */
class SchemataManagedRolesTest {
    private static final String SCHEMA = "create table item (id int);\n"
            + "grant select on item to schemata_test_reader;\n";

    @Test
    void aManagedRoleTheTargetLacksFailsThePlanNamingTheRoleAndTheFix(@TempDir Path dir) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.sql"), SCHEMA);
        try (EmbeddedPostgres target = EmbeddedPostgres.startTemporary(PostgresBinaries.fromClassPath().orElseThrow())) {
            SchemataException e = assertThrows(SchemataException.class,
                    () -> Schemata.plan(request(target, schema, List.of("schemata_test_reader"))));
            assertTrue(e.getMessage().contains("schemata_test_reader, which the target database lacks"), e.getMessage());
            assertTrue(e.getMessage().contains("CREATE ROLE schemata_test_reader NOLOGIN"), e.getMessage());
            assertTrue(e.getMessage().contains("managedRoles"), e.getMessage());

            // not managed: the grant is not compared, so the missing role does not matter
            assertTrue(Schemata.plan(request(target, schema, List.of())).plan().executable().stream()
                    .noneMatch(s -> s.sql().startsWith("GRANT")));
        }
    }

    @Test
    void grantsOfManagedRolesAreAppliedAndVerified(@TempDir Path dir) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.sql"), SCHEMA);
        try (EmbeddedPostgres target = EmbeddedPostgres.startTemporary(PostgresBinaries.fromClassPath().orElseThrow())) {
            try (Connection c = target.connect("postgres")) {
                FreshDatabases.execute(c, "create role schemata_test_reader nologin");
            }
            ApplyResult applied = Schemata.apply(request(target, schema, List.of("schemata_test_reader")));
            assertTrue(applied.planned().plan().toSql().contains(
                    "GRANT SELECT ON TABLE public.item TO schemata_test_reader;"), applied.planned().plan().toSql());
            PlanResult again = Schemata.plan(request(target, schema, List.of("schemata_test_reader")));
            assertEquals(List.of(), again.plan().executable());
        }
    }

    private static SchemataRequest request(EmbeddedPostgres target, Path schema, List<String> managedRoles) {
        return new SchemataRequest(new TargetDatabase(target.jdbcUrl("postgres"), "postgres", null),
                new SchemaSource(List.of(schema), false), ShadowOptions.embedded(), SchemaFilter.allUserSchemas(),
                PlanOptions.builder().managedRoles(managedRoles).build(), line -> { });
    }
}
