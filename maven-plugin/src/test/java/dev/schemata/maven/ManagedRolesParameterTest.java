package dev.schemata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schema.managedRoles reaches the engine's plan options, without a Maven runtime. */
class ManagedRolesParameterTest {

    @Test
    void commaSeparatedRolesBecomeTheManagedRolesAndPublicInAnyCaseIsPublic(@TempDir Path dir) throws Exception {
        PlanMojo mojo = mojo(dir);
        mojo.managedRoles = " app_reader, public ,,app_writer";
        assertEquals(Set.of("PUBLIC", "app_reader", "app_writer"), mojo.request().planOptions().managedRoles());
    }

    @Test
    void withoutTheParameterNoRoleIsManaged(@TempDir Path dir) throws Exception {
        assertEquals(Set.of(), mojo(dir).request().planOptions().managedRoles());
    }

    private static PlanMojo mojo(Path dir) throws Exception {
        Files.writeString(dir.resolve("schema.sql"), "create table t (id int);\n");
        PlanMojo mojo = new PlanMojo();
        mojo.dir = dir.toFile();
        mojo.url = "jdbc:postgresql://localhost:5432/app";
        mojo.remoteRepositories = List.of();
        // the defaults Maven would inject
        mojo.lockTimeout = "5s";
        mojo.statementTimeout = "0";
        mojo.indexStatementTimeout = "0";
        mojo.lockWait = "60s";
        return mojo;
    }
}
