package dev.schemata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schema.managedRoles reaches the engine's plan options, without a Maven runtime. */
class ManagedRolesParameterTest {

    @Test
    void commaSeparatedRolesBecomeTheManagedRolesAndPublicInAnyCaseIsPublic(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("schema.sql"), "create table t (id int);\n");
        PlanMojo mojo = new PlanMojo();
        mojo.dir = dir.toFile();
        mojo.url = "jdbc:postgresql://localhost:5432/app";
        mojo.managedRoles = " app_reader, public ,,app_writer";
        assertEquals(Set.of("PUBLIC", "app_reader", "app_writer"), mojo.request().planOptions().managedRoles());
    }

    @Test
    void withoutTheParameterNoRoleIsManaged(@TempDir Path dir) throws Exception {
        PlanMojo mojo = new PlanMojo();
        mojo.dir = new File(dir.toFile(), "schema");
        mojo.url = "jdbc:postgresql://localhost:5432/app";
        assertEquals(Set.of(), mojo.request().planOptions().managedRoles());
    }
}
