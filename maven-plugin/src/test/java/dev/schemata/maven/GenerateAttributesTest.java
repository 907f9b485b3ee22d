package dev.schemata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a no-change schema:generate decides from the schema files' names, sizes and times alone, and falls back to
 * their bytes. No database: a generation that should not happen would fail on the unreachable shadow server.
 */
class GenerateAttributesTest {
    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
    private static final Map<String, String> SETTINGS = Map.of("codegen", "defaults");

    @TempDir
    Path dir;

    private Path write(String name, String sql, FileTime modified) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, sql);
        Files.setLastModifiedTime(file, modified);
        return file;
    }

    private String attributes(List<Path> files, Map<String, String> settings) {
        return GenerateInputs.attributesHash(dir, files, settings).orElseThrow();
    }

    @Test
    void nameSizeTimeOrderAndSettingsEachMatter() throws Exception {
        Path a = write("a.sql", "CREATE TABLE a (id int);", AN_HOUR_AGO);
        Path b = write("b.sql", "CREATE TABLE b (id int);", AN_HOUR_AGO);
        String base = attributes(List.of(a, b), SETTINGS);
        assertEquals(base, attributes(List.of(a, b), Map.of("codegen", "defaults")));
        assertNotEquals(base, attributes(List.of(b, a), SETTINGS), "load order");
        assertNotEquals(base, attributes(List.of(a, b), Map.of("codegen", "other")), "a setting");
        assertNotEquals(base, attributes(List.of(a), SETTINGS), "a file less");

        write("a.sql", "CREATE TABLE a (id bigint);", AN_HOUR_AGO);
        assertNotEquals(base, attributes(List.of(a, b), SETTINGS), "size");
        write("a.sql", "CREATE TABLE a (id int);", FileTime.from(AN_HOUR_AGO.toInstant().plusMillis(1)));
        assertNotEquals(base, attributes(List.of(a, b), SETTINGS), "time");
        write("a.sql", "CREATE TABLE a (id int);", AN_HOUR_AGO);
        assertEquals(base, attributes(List.of(a, b), SETTINGS), "all as before");

        Files.delete(a);
        Path moved = write("sub/a.sql", "CREATE TABLE a (id int);", AN_HOUR_AGO);
        assertNotEquals(base, attributes(List.of(moved, b), SETTINGS), "path");
    }

    @Test
    void aFileModifiedJustNowOrUnreadableLeavesOnlyItsBytesToTell() throws Exception {
        Path settled = write("a.sql", "CREATE TABLE a (id int);", AN_HOUR_AGO);
        Path recent = write("b.sql", "CREATE TABLE b (id int);", FileTime.from(Instant.now()));
        assertEquals(Optional.empty(), GenerateInputs.attributesHash(dir, List.of(settled, recent), SETTINGS));
        assertEquals(Optional.empty(), GenerateInputs.attributesHash(dir, List.of(settled, dir.resolve("gone.sql")),
                SETTINGS));
    }

    @Test
    void theStateRemembersTheAttributesOnlyWhenGiven() throws Exception {
        GeneratedState state = new GeneratedState(dir.resolve("target/schema/generate.sha256"), dir.resolve("out"));
        state.remember("h1");
        assertTrue(state.hashMatches("h1"));
        assertFalse(state.attributesMatch("a1"));
        state.remember("h1", Optional.of("a1"));
        assertTrue(state.hashMatches("h1"));
        assertTrue(state.attributesMatch("a1"));
        assertFalse(state.attributesMatch("h1"), "the input hash is not an attributes hash");
        assertFalse(state.attributesMatch("a2"));
        state.forget();
        assertFalse(state.attributesMatch("a1"));
    }

    @Test
    void unchangedAttributesNeedNoDigestAndAChangedFileIsStillSeen() throws Exception {
        Path schema = write("schema/tables.sql", "CREATE TABLE t (id int PRIMARY KEY);", AN_HOUR_AGO);
        write("out/p/T.java", "record T(int id) {}", AN_HOUR_AGO);
        write("out/" + GeneratedState.MANIFEST, "p/T.java\n", AN_HOUR_AGO);
        List<String> log = new ArrayList<>();
        GenerateMojo first = mojo(log);
        GeneratedState state = new GeneratedState(first.inputHashFile.toPath(), dir.resolve("out"));
        state.remember(first.inputHash(first.options(), first.source(), GenerateMojo.Generator.ENTITIES, null, null));

        // a state without attributes: the bytes tell, and the attributes are kept for next time
        first.execute();
        assertTrue(log.get(0).startsWith("Generated sources are up to date"), log.toString());
        List<String> lines = Files.readAllLines(first.inputHashFile.toPath());
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).matches("attributes [0-9a-f]{64}"), lines.get(1));

        // a remembered digest that would no longer match: unread while no name, size or time changed
        Path digests = dir.resolve("target/schema/generate.sha256.files");
        String remembered = Files.readString(digests);
        Files.writeString(digests, remembered.replaceAll("(?m)^[0-9a-f]{64}", "0".repeat(64)));
        mojo(log).execute();
        assertEquals(2, log.size(), log.toString());

        // touched, not changed: the bytes tell again (the damaged digest has another time), nothing is generated
        Files.setLastModifiedTime(schema, FileTime.from(AN_HOUR_AGO.toInstant().minusSeconds(60)));
        mojo(log).execute();
        assertEquals(3, log.size(), log.toString());
        assertNotEquals(lines.get(1), Files.readAllLines(first.inputHashFile.toPath()).get(1), "new attributes kept");

        // changed, with the same time: another size, so it is read; generating fails on the unreachable shadow
        write("schema/tables.sql", "CREATE TABLE t (id bigint PRIMARY KEY);", FileTime.from(AN_HOUR_AGO.toInstant()
                .minusSeconds(60)));
        GenerateMojo changed = mojo(log);
        Exception failure = assertThrows(Exception.class, changed::execute);
        assertTrue(failure instanceof MojoExecutionException || failure instanceof MojoFailureException, failure.toString());
        assertEquals(3, log.stream().filter(l -> l.startsWith("Generated sources are up to date")).count(), log.toString());
        assertFalse(Files.exists(first.inputHashFile.toPath()), "the state is forgotten before generating");
    }

    private GenerateMojo mojo(List<String> log) {
        GenerateMojo mojo = GenerateMojos.withDefaults(dir);
        mojo.inputHashFile = dir.resolve("target/schema/generate.sha256").toFile();
        mojo.shadowUrl = "jdbc:postgresql://127.0.0.1:1/unreachable?connectTimeout=1";
        mojo.shadowUser = "nobody";
        mojo.project = new MavenProject();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                log.add(content.toString());
            }
        });
        return mojo;
    }
}
