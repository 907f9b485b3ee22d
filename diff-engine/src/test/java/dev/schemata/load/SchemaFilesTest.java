package dev.schemata.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.SchemataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaFilesTest {
    @TempDir
    Path dir;

    @Test
    void findsSqlFilesRecursivelyInLexicalOrderOfTheirRelativePaths() throws IOException {
        for (String name : List.of("b.sql", "a/z.sql", "a/b/c.sql", "a.sql", "a-b.sql", "README.md", "b.sql.bak",
                "10_late.sql", "02_early.sql")) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "SELECT 1;");
        }
        SchemaSource source = SchemaFiles.inDirectory(dir, true);
        List<String> names = source.files().stream().map(f -> SchemaFiles.relativeName(dir, f)).toList();
        // '-' (0x2d) < '.' (0x2e) < '/' (0x2f): the order is the '/'-joined paths' on every platform
        assertEquals(List.of("02_early.sql", "10_late.sql", "a-b.sql", "a.sql", "a/b/c.sql", "a/z.sql", "b.sql"), names);
        assertTrue(source.skipDataStatements());
    }

    @Test
    void aLinkToASqlFileCountsAndAFolderNamedLikeOneDoesNot() throws IOException {
        Path shared = Files.createDirectories(dir.resolve("elsewhere")).resolve("shared.txt");
        Files.writeString(shared, "CREATE TABLE s (id int);");
        Path schema = Files.createDirectories(dir.resolve("schema"));
        Files.createSymbolicLink(schema.resolve("b_linked.sql"), shared);
        Files.createDirectories(schema.resolve("c_folder.sql"));
        Files.writeString(schema.resolve("a.sql"), "CREATE TABLE a (id int);");
        List<String> names = SchemaFiles.inDirectory(schema, false).files().stream()
                .map(f -> SchemaFiles.relativeName(schema, f)).toList();
        assertEquals(List.of("a.sql", "b_linked.sql"), names);
    }

    @Test
    void aMissingDirectoryIsAnErrorThatSaysHowToFixIt() {
        SchemataException e = assertThrows(SchemataException.class,
                () -> SchemaFiles.inDirectory(dir.resolve("nowhere"), false));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains("never means \"drop everything\""), e.getMessage());
        assertTrue(e.getMessage().contains("schema.dir"), e.getMessage());
    }

    @Test
    void aDirectoryWithoutSqlFilesIsAnError() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "CREATE TABLE x ();");
        SchemataException e = assertThrows(SchemataException.class, () -> SchemaFiles.inDirectory(dir, false));
        assertTrue(e.getMessage().contains("holds no .sql file"), e.getMessage());
        assertTrue(e.getMessage().contains("schema.dir"), e.getMessage());
    }
}
