package dev.schemata.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a remembered digest stands in for reading a schema file, and when the file is read again. No database. */
class FileDigestsTest {
    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));

    @TempDir
    Path dir;

    private Path cache() {
        return dir.resolve("target/generate.sha256.files");
    }

    private Path write(String name, String text, FileTime modified) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        Files.setLastModifiedTime(file, modified);
        return file;
    }

    private static byte[] sha256(String text) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileOfTheSameSizeAndTimeIsNotReadAgain() throws Exception {
        Path file = write("a.sql", "CREATE TABLE a (id int);", AN_HOUR_AGO);
        FileDigests first = FileDigests.rememberedIn(cache());
        assertArrayEquals(sha256("CREATE TABLE a (id int);"), first.digest(file, "a.sql"));
        assertTrue(first.changed(), "a new file");
        first.remember(cache());

        // same size, same time, other bytes: only a remembered digest can still give the old one
        write("a.sql", "CREATE TABLE b (id int);", AN_HOUR_AGO);
        FileDigests second = FileDigests.rememberedIn(cache());
        assertArrayEquals(sha256("CREATE TABLE a (id int);"), second.digest(file, "a.sql"));
        assertFalse(second.changed(), "nothing to write again");
    }

    @Test
    void aFileWhoseSizeOrTimeChangedIsReadAgain() throws Exception {
        Path file = write("a.sql", "CREATE TABLE a (id int);", AN_HOUR_AGO);
        FileDigests first = FileDigests.rememberedIn(cache());
        first.digest(file, "a.sql");
        first.remember(cache());

        write("a.sql", "CREATE TABLE b (id int);", FileTime.from(AN_HOUR_AGO.toInstant().plusMillis(1)));
        FileDigests newer = FileDigests.rememberedIn(cache());
        assertArrayEquals(sha256("CREATE TABLE b (id int);"), newer.digest(file, "a.sql"));
        assertTrue(newer.changed());
        newer.remember(cache());

        write("a.sql", "CREATE TABLE bb (id int);", FileTime.from(AN_HOUR_AGO.toInstant().plusMillis(1)));
        assertArrayEquals(sha256("CREATE TABLE bb (id int);"), FileDigests.rememberedIn(cache()).digest(file, "a.sql"));
    }

    @Test
    void aFileModifiedJustBeforeItWasHashedIsNotTrustedNextTime() throws Exception {
        FileTime now = FileTime.from(Instant.now());
        Path file = write("a.sql", "CREATE TABLE a (id int);", now);
        FileDigests first = FileDigests.rememberedIn(cache());
        first.digest(file, "a.sql");
        first.remember(cache());

        // changed within the clock's resolution: same size, same time
        write("a.sql", "CREATE TABLE b (id int);", now);
        assertArrayEquals(sha256("CREATE TABLE b (id int);"), FileDigests.rememberedIn(cache()).digest(file, "a.sql"));
    }

    @Test
    void aDamagedCacheMeansReadingTheFiles() throws Exception {
        Path file = write("a.sql", "CREATE TABLE a (id int);", AN_HOUR_AGO);
        Files.createDirectories(cache().getParent());
        Files.writeString(cache(), "not a digest 24 " + AN_HOUR_AGO.toMillis() + " a.sql\n"
                + "0000000000000000000000000000000000000000000000000000000000000000 x y a.sql\n");
        assertArrayEquals(sha256("CREATE TABLE a (id int);"), FileDigests.rememberedIn(cache()).digest(file, "a.sql"));
    }

    @Test
    void aFileGoneSinceIsForgotten() throws Exception {
        Path a = write("a.sql", "CREATE TABLE a (id int);", AN_HOUR_AGO);
        Path b = write("b.sql", "CREATE TABLE b (id int);", AN_HOUR_AGO);
        FileDigests first = FileDigests.rememberedIn(cache());
        first.digest(a, "a.sql");
        first.digest(b, "b.sql");
        first.remember(cache());

        FileDigests withoutB = FileDigests.rememberedIn(cache());
        withoutB.digest(a, "a.sql");
        assertTrue(withoutB.changed(), "b.sql is no longer a schema file");
        withoutB.remember(cache());
        assertFalse(Files.readString(cache()).contains("b.sql"));
    }
}
