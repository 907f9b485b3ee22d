package dev.schemata.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteToTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @TempDir
    Path out;

    @Test
    void firstRunWritesEverythingAndAManifest() throws IOException {
        WriteReport report = sources(file("db/A.java", "a"), file("db/sub/B.java", "b")).writeTo(out);
        assertEquals(List.of("db/A.java", "db/sub/B.java"), report.written());
        assertEquals("b", Files.readString(out.resolve("db/sub/B.java")));
        assertEquals(List.of("db/A.java", "db/sub/B.java"), manifestEntries());
    }

    @Test
    void anUnchangedFileIsNotRewritten() throws IOException {
        sources(file("db/A.java", "a"), file("db/B.java", "b")).writeTo(out);
        Files.setLastModifiedTime(out.resolve("db/A.java"), LONG_AGO);
        Files.setLastModifiedTime(out.resolve("db/B.java"), LONG_AGO);

        WriteReport report = sources(file("db/A.java", "a"), file("db/B.java", "b2")).writeTo(out);

        assertEquals(List.of("db/B.java"), report.written());
        assertEquals(List.of("db/A.java"), report.unchanged());
        assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("db/A.java")));
        assertEquals("b2", Files.readString(out.resolve("db/B.java")));
        assertFalse(sources(file("db/A.java", "a"), file("db/B.java", "b2")).writeTo(out).changedAnything());
    }

    @Test
    void aFileNoLongerGeneratedIsDeletedWithItsEmptyPackage() throws IOException {
        sources(file("db/A.java", "a"), file("db/gone/B.java", "b")).writeTo(out);

        WriteReport report = sources(file("db/A.java", "a")).writeTo(out);

        assertEquals(List.of("db/gone/B.java"), report.deleted());
        assertFalse(Files.exists(out.resolve("db/gone")));
        assertTrue(Files.exists(out.resolve("db/A.java")));
        assertEquals(List.of("db/A.java"), manifestEntries());
    }

    @Test
    void filesSchemataDidNotWriteAreLeftAlone() throws IOException {
        Files.createDirectories(out.resolve("db/mine"));
        Files.writeString(out.resolve("db/Handwritten.java"), "mine");
        Files.writeString(out.resolve("db/mine/Other.java"), "mine");
        sources(file("db/A.java", "a"), file("db/mine/B.java", "b")).writeTo(out);

        WriteReport report = sources().writeTo(out);

        assertEquals(List.of("db/A.java", "db/mine/B.java"), report.deleted());
        assertEquals("mine", Files.readString(out.resolve("db/Handwritten.java")));
        assertEquals("mine", Files.readString(out.resolve("db/mine/Other.java")));
    }

    @Test
    void aManifestPointingOutsideIsRefusedBeforeAnythingIsDeleted() throws IOException {
        Path victim = Files.writeString(out.resolve("victim.txt"), "keep");
        Path dir = Files.createDirectories(out.resolve("gen"));
        Files.writeString(dir.resolve(OutputDirectory.MANIFEST), "# tampered\n../victim.txt\n");

        IOException e = assertThrows(IOException.class, () -> sources(file("db/A.java", "a")).writeTo(dir));

        assertTrue(e.getMessage().contains("'../victim.txt'") && e.getMessage().contains("Delete the manifest"),
                e.getMessage());
        assertTrue(Files.exists(victim));
        assertFalse(Files.exists(dir.resolve("db")));
    }

    @Test
    void generatedSourcesRoundTripThroughTheDirectory() throws IOException {
        GeneratedSources shop = EntityGenerator.generate(TestCatalogs.shop(), CodegenOptions.defaults());
        assertEquals(shop.files().size(), shop.writeTo(out).written().size());
        for (GeneratedFile file : shop.files()) {
            assertEquals(file.content(), Files.readString(out.resolve(file.relativePath())));
        }
        assertEquals(shop.files().size(), shop.writeTo(out).unchanged().size());
    }

    @Test
    void pathsMustStayInsideAndBeUnique() {
        for (String bad : List.of("", "/abs/A.java", "../A.java", "db/../../A.java", "db//A.java", "db\\A.java")) {
            assertThrows(IllegalArgumentException.class, () -> file(bad, "x"), bad);
        }
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> sources(file("db/A.java", "a"), file("db/A.java", "b")));
        assertEquals("two files for db/A.java", twice.getMessage());
    }

    private List<String> manifestEntries() throws IOException {
        return Files.readAllLines(out.resolve(OutputDirectory.MANIFEST)).stream()
                .filter(l -> !l.startsWith("#")).toList();
    }

    private static GeneratedSources sources(GeneratedFile... files) {
        return new GeneratedSources(List.of(files));
    }

    private static GeneratedFile file(String path, String content) {
        return new GeneratedFile(path, content);
    }
}
