package dev.schemata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.codegen.CodegenOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash that lets a no-change schema:generate skip: what changes it and what must not. No database. */
class GenerateInputsTest {
    @TempDir
    Path dir;

    private Path write(String name, String sql) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, sql);
    }

    @Test
    void sameFilesAndSettingsHashAlikeWhateverTheMapOrder() throws Exception {
        Path a = write("a.sql", "CREATE TABLE a (id int);");
        Path b = write("b.sql", "CREATE TABLE b (id int);");
        String first = GenerateInputs.hash(dir, List.of(a, b), Map.of("x", "1", "y", "2"));
        String again = GenerateInputs.hash(dir, List.of(a, b), new java.util.TreeMap<>(Map.of("y", "2", "x", "1")));
        assertEquals(first, again);
        assertEquals(64, first.length());
    }

    @Test
    void loadOrderContentPathAndSettingsEachMatter() throws Exception {
        Path a = write("a.sql", "CREATE TABLE a (id int);");
        Path b = write("b.sql", "CREATE TABLE b (id int);");
        String base = GenerateInputs.hash(dir, List.of(a, b), Map.of("x", "1"));

        assertNotEquals(base, GenerateInputs.hash(dir, List.of(b, a), Map.of("x", "1")), "order");
        assertNotEquals(base, GenerateInputs.hash(dir, List.of(a), Map.of("x", "1")), "a file removed");
        assertNotEquals(base, GenerateInputs.hash(dir, List.of(a, b), Map.of("x", "2")), "a setting");
        assertNotEquals(base, GenerateInputs.hash(dir, List.of(a, b), Map.of("x", "1", "z", "")), "a new setting");

        Path moved = write("sub/b.sql", "CREATE TABLE b (id int);");
        assertNotEquals(base, GenerateInputs.hash(dir, List.of(a, moved), Map.of("x", "1")), "a file's path");

        Files.writeString(b, "CREATE TABLE b (id bigint);");
        assertNotEquals(base, GenerateInputs.hash(dir, List.of(a, b), Map.of("x", "1")), "a file's content");
    }

    @Test
    void partsCannotRunIntoEachOther() throws Exception {
        Path ab = write("ab.sql", "");
        Path a = write("a.sql", "b.sql");
        assertNotEquals(GenerateInputs.hash(dir, List.of(ab), Map.of()), GenerateInputs.hash(dir, List.of(a), Map.of()));
        assertNotEquals(GenerateInputs.hash(dir, List.of(), Map.of("ab", "c")),
                GenerateInputs.hash(dir, List.of(), Map.of("a", "bc")));
    }

    private GenerateMojo mojo() throws Exception {
        write("schema/tables.sql", "CREATE TABLE t (id int PRIMARY KEY);");
        return GenerateMojos.withDefaults(dir);
    }

    private String hashAfter(Consumer<GenerateMojo> change) throws Exception {
        GenerateMojo mojo = mojo();
        change.accept(mojo);
        return mojo.inputHash(mojo.options(), mojo.source(), GenerateMojo.Generator.ENTITIES, null, null);
    }

    @Test
    void theGeneratorChoiceTheJooqVersionAndItsSettingsChangeTheHash() throws Exception {
        GenerateMojo mojo = mojo();
        org.apache.maven.model.Dependency jooq = new org.apache.maven.model.Dependency();
        jooq.setGroupId("org.jooq");
        jooq.setArtifactId("jooq");
        jooq.setVersion("3.19.15");
        String entities = mojo.inputHash(mojo.options(), mojo.source(), GenerateMojo.Generator.ENTITIES, null, null);
        String withJooq = mojo.inputHash(mojo.options(), mojo.source(), GenerateMojo.Generator.BOTH, jooq, null);
        assertNotEquals(entities, withJooq);
        assertEquals(withJooq, mojo.inputHash(mojo.options(), mojo.source(), GenerateMojo.Generator.BOTH, jooq, null));
        assertNotEquals(withJooq, mojo.inputHash(mojo.options(), mojo.source(), GenerateMojo.Generator.JOOQ, jooq, null));
        org.apache.maven.model.Dependency newer = jooq.clone();
        newer.setVersion("3.19.16");
        assertNotEquals(withJooq, mojo.inputHash(mojo.options(), mojo.source(), GenerateMojo.Generator.BOTH, newer, null));
        JooqConfiguration.Element settings = new JooqConfiguration.Element("jooq", java.util.Map.of(), null,
                List.of(JooqConfiguration.Element.leaf("logging", "WARN")));
        assertNotEquals(withJooq, mojo.inputHash(mojo.options(), mojo.source(), GenerateMojo.Generator.BOTH, jooq, settings));
    }

    @Test
    void everyGenerateSettingChangesTheHash() throws Exception {
        String base = hashAfter(m -> {});
        assertEquals(base, hashAfter(m -> {}));
        List<Consumer<GenerateMojo>> changes = List.of(
                m -> m.packageName = "other",
                m -> m.style = CodegenOptions.Style.BEAN,
                m -> m.jpa = false,
                m -> m.validation = false,
                m -> m.hibernate = true,
                m -> m.keyStyle = CodegenOptions.KeyStyle.EMBEDDED_ID,
                m -> m.relations = true,
                m -> m.inverseRelations = true,
                m -> m.versionColumns = "",
                m -> m.typeOverrides = Map.of("inet", "java.net.InetAddress"),
                m -> m.includeSchemas = List.of("public"),
                m -> m.excludeSchemas = List.of("audit"),
                m -> m.excludeTables = List.of("tmp_*"),
                m -> m.skipDataStatements = true,
                m -> m.postgresVersion = 16,
                m -> m.shadowUrl = "jdbc:postgresql://localhost/x",
                m -> m.shadowUser = "someone",
                m -> m.outputDirectory = new File(m.outputDirectory, "elsewhere"),
                m -> m.plugin = plugin("0.2.0"));
        for (int i = 0; i < changes.size(); i++) {
            assertNotEquals(base, hashAfter(changes.get(i)), "change " + i);
        }
    }

    private static PluginDescriptor plugin(String version) {
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setVersion(version);
        return plugin;
    }

    @Test
    void thePluginVersionCounts() throws Exception {
        assertEquals(hashAfter(m -> m.plugin = plugin("0.1.0")), hashAfter(m -> m.plugin = plugin("0.1.0")));
        assertNotEquals(hashAfter(m -> m.plugin = plugin("0.1.0")), hashAfter(m -> m.plugin = plugin("0.1.1")));
    }

    @Test
    void passwordsDoNotCount() throws Exception {
        String url = "jdbc:postgresql://localhost/x";
        String base = hashAfter(m -> m.shadowUrl = url);
        assertEquals(base, hashAfter(m -> {
            m.shadowUrl = url;
            m.shadowPassword = "s3cret";
        }));
        assertEquals(hashAfter(m -> m.shadowUrl = url + "?password=one"),
                hashAfter(m -> m.shadowUrl = url + "?password=two"));
    }

    @Test
    void theStateIsCurrentOnlyWithTheSameHashAndEveryListedFile() throws Exception {
        Path out = dir.resolve("out");
        Path hashFile = dir.resolve("target/schema/generate.sha256");
        GeneratedState state = new GeneratedState(hashFile, out);
        assertFalse(state.isCurrent("h1"), "nothing generated yet");

        Files.createDirectories(out.resolve("p"));
        Files.writeString(out.resolve("p/A.java"), "class A {}");
        Files.writeString(out.resolve(GeneratedState.MANIFEST), "# header\np/A.java\n");
        state.remember("h1");
        assertTrue(state.isCurrent("h1"));
        assertFalse(state.isCurrent("h2"), "other inputs");

        Files.delete(out.resolve("p/A.java"));
        assertFalse(state.isCurrent("h1"), "a generated file deleted");
        Files.writeString(out.resolve("p/A.java"), "class A {}");
        Files.delete(out.resolve(GeneratedState.MANIFEST));
        assertFalse(state.isCurrent("h1"), "no manifest");
        Files.writeString(out.resolve(GeneratedState.MANIFEST), "p/A.java\n");
        assertTrue(state.isCurrent("h1"));

        state.forget();
        assertFalse(state.isCurrent("h1"), "forgotten before generating");
    }
}
