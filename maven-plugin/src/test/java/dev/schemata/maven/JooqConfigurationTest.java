package dev.schemata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.SchemataException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.codehaus.plexus.configuration.DefaultPlexusConfiguration;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.junit.jupiter.api.Test;

class JooqConfigurationTest {
    private static final Path OUT = Path.of("/project/target/generated-sources/schema");

    @Test
    void withoutUserSettingsTheDefaultsPointAtPostgresPublicAndThePackage() {
        String xml = JooqConfiguration.document(null, "com.acme.db", OUT, "jdbc:postgresql://localhost:5432/shadow",
                "postgres", null);
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <configuration xmlns="http://www.jooq.org/xsd/jooq-codegen-3.19.0.xsd">
                  <jdbc>
                    <driver>org.postgresql.Driver</driver>
                    <url>jdbc:postgresql://localhost:5432/shadow</url>
                    <user>postgres</user>
                  </jdbc>
                  <generator>
                    <database>
                      <name>org.jooq.meta.postgres.PostgresDatabase</name>
                      <inputSchema>public</inputSchema>
                    </database>
                    <target>
                      <packageName>com.acme.db.jooq</packageName>
                      <directory>/project/target/generated-sources/schema</directory>
                    </target>
                  </generator>
                </configuration>
                """, xml);
    }

    @Test
    void theUsersGeneratorPassesThroughAndKeepsItsOwnChoices() {
        PlexusConfiguration jooq = new DefaultPlexusConfiguration("jooq");
        PlexusConfiguration generator = child(jooq, "generator", null);
        child(generator, "name", "org.jooq.codegen.JavaGenerator");
        PlexusConfiguration database = child(generator, "database", null);
        child(child(child(database, "schemata", null), "schema", null), "inputSchema", "sales");
        child(child(child(database, "forcedTypes", null), "forcedType", null), "includeExpression", "a < b & c");
        child(child(generator, "target", null), "packageName", "com.acme.q");
        child(jooq, "logging", "WARN");

        String settings = JooqConfiguration.settings(JooqConfiguration.fromPlexus(jooq), "com.acme.db", OUT);

        assertTrue(settings.contains("<name>org.jooq.codegen.JavaGenerator</name>"), settings);
        assertTrue(settings.contains("<inputSchema>sales</inputSchema>"), settings);
        assertFalse(settings.contains("<inputSchema>public</inputSchema>"), "schemata replaces the default: " + settings);
        assertTrue(settings.contains("<includeExpression>a &lt; b &amp; c</includeExpression>"), settings);
        assertTrue(settings.contains("<packageName>com.acme.q</packageName>"), settings);
        assertFalse(settings.contains("com.acme.db.jooq"), settings);
        assertTrue(settings.contains("<directory>" + OUT.toAbsolutePath() + "</directory>"), settings);
        assertTrue(settings.contains("<name>" + JooqConfiguration.DEFAULT_DATABASE + "</name>"), settings);
        assertTrue(settings.contains("  <logging>WARN</logging>"), settings);
        assertFalse(settings.contains("jdbc"), settings);
    }

    @Test
    void theSettingsAreDeterministicAndChangeWithTheConfiguration() {
        assertEquals(JooqConfiguration.settings(null, "a", OUT), JooqConfiguration.settings(null, "a", OUT));
        assertNotEquals(JooqConfiguration.settings(null, "a", OUT), JooqConfiguration.settings(null, "b", OUT));
    }

    @Test
    void theUpToDateCheckLooksForJooqsPackageWhereverTheUserPutsIt() {
        assertEquals(OUT.resolve("com/acme/db/jooq"), JooqConfiguration.packageDirectory(null, "com.acme.db", OUT));
        PlexusConfiguration jooq = new DefaultPlexusConfiguration("jooq");
        PlexusConfiguration target = child(child(jooq, "generator", null), "target", null);
        child(target, "packageName", "q");
        child(target, "directory", "/elsewhere");
        assertEquals(Path.of("/elsewhere/q"),
                JooqConfiguration.packageDirectory(JooqConfiguration.fromPlexus(jooq), "com.acme.db", OUT));
    }

    @Test
    void thePasswordOfAConfiguredShadowServerReachesJooqButNotTheHashedSettings() {
        String document = JooqConfiguration.document(null, "p", OUT, "jdbc:postgresql://db/s", "me", "s3cr<t");
        assertTrue(document.contains("<password>s3cr&lt;t</password>"), document);
        assertFalse(JooqConfiguration.settings(null, "p", OUT).contains("s3cr"));
    }

    @Test
    void aJdbcElementIsRefusedWithTheReason() {
        PlexusConfiguration jooq = new DefaultPlexusConfiguration("jooq");
        child(child(jooq, "jdbc", null), "url", "jdbc:postgresql://prod/db");
        SchemataException e = assertThrows(SchemataException.class,
                () -> JooqConfiguration.settings(JooqConfiguration.fromPlexus(jooq), "p", OUT));
        assertTrue(e.getMessage().contains("Remove the <jdbc> element"), e.getMessage());
    }

    @Test
    void theProjectsJooqDecidesTheCodeGenerator() {
        Dependency other = dependency("org.postgresql", "postgresql", "42.7.8");
        Dependency jooq = dependency("org.jooq", "jooq", "3.19.15");
        Dependency pro = dependency("org.jooq.pro-java-17", "jooq", "3.20.1");
        assertEquals("org.jooq:jooq-codegen:jar:3.19.15",
                JooqCodegen.codegenCoordinates(JooqCodegen.jooqDependency(List.of(other, jooq)).orElseThrow()));
        assertEquals("org.jooq.pro-java-17:jooq-codegen:jar:3.20.1",
                JooqCodegen.codegenCoordinates(JooqCodegen.jooqDependency(List.of(pro)).orElseThrow()));
        assertTrue(JooqCodegen.jooqDependency(List.of(other, dependency("org.jooq", "jooq-meta", "3.19.15"))).isEmpty());
    }

    @Test
    void theGeneratorChoiceIsParsedWithoutRegardToCase() throws Exception {
        assertEquals(GenerateMojo.Generator.JOOQ, GenerateMojo.Generator.parse("jooq"));
        assertEquals(GenerateMojo.Generator.BOTH, GenerateMojo.Generator.parse("Both"));
        assertEquals(GenerateMojo.Generator.ENTITIES, GenerateMojo.Generator.parse(null));
        var e = assertThrows(org.apache.maven.plugin.MojoFailureException.class,
                () -> GenerateMojo.Generator.parse("hibernate"));
        assertTrue(e.getMessage().contains("use entities, jooq or both"), e.getMessage());
    }

    @Test
    void withoutJooqInTheProjectTheGoalSaysWhichDependencyToAdd() throws Exception {
        GenerateMojo mojo = new GenerateMojo();
        mojo.project = new org.apache.maven.project.MavenProject();
        mojo.packageName = "p";
        mojo.style = dev.schemata.codegen.CodegenOptions.Style.RECORD;
        mojo.keyStyle = dev.schemata.codegen.CodegenOptions.KeyStyle.ID_CLASS;
        mojo.generator = "jooq";
        mojo.outputDirectory = OUT.toFile();
        var e = assertThrows(org.apache.maven.plugin.MojoFailureException.class, mojo::run);
        assertTrue(e.getMessage().contains("Add org.jooq:jooq"), e.getMessage());
        assertTrue(e.getMessage().contains("or set generator to entities"), e.getMessage());
    }

    private static PlexusConfiguration child(PlexusConfiguration parent, String name, String value) {
        PlexusConfiguration child = new DefaultPlexusConfiguration(name, value);
        parent.addChild(child);
        return child;
    }

    private static Dependency dependency(String groupId, String artifactId, String version) {
        Dependency d = new Dependency();
        d.setGroupId(groupId);
        d.setArtifactId(artifactId);
        d.setVersion(version);
        return d;
    }

}
