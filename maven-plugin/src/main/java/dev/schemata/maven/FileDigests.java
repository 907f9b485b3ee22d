package dev.schemata.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The SHA-256 of each schema file's bytes, remembered between builds with the file's size and modification time,
 * so that a build that changed nothing reads no schema file: hashing a megabyte of them is about 90 ms in a
 * fresh JVM, whose SHA-256 runs interpreted at first. A file whose size or time differs is read and hashed again;
 * so is one modified less than {@link #RACY_NANOS} before it was hashed, since a change within the clock's
 * resolution could leave both alike (git's "racily clean" files). The remembered digests are a cache: a missing
 * or damaged file means hashing everything, never a wrong answer.
 */
final class FileDigests {
    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final Map<String, Entry> remembered;
    private final Map<String, Entry> seen = new TreeMap<>();

    private FileDigests(Map<String, Entry> remembered) {
        this.remembered = remembered;
    }

    /** No remembered digests: every file is read. */
    static FileDigests none() {
        return new FileDigests(Map.of());
    }

    /** The digests remembered in {@code file} by {@link #remember}; none when it is missing or unreadable. */
    static FileDigests rememberedIn(Path file) {
        Map<String, Entry> entries = new TreeMap<>();
        try {
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    Entry.parse(line).ifPresent(e -> entries.put(e.relativeName(), e));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            entries.clear(); // a cache: hash every file instead
        }
        return new FileDigests(entries);
    }

    /** The SHA-256 of the file's bytes; {@code relativeName} is its key between builds. */
    byte[] digest(Path file, String relativeName) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            Entry known = remembered.get(relativeName);
            Entry entry = known != null && known.size() == size && known.modifiedNanos() == modified
                    ? known
                    : new Entry(relativeName, size, modified, GenerateInputs.sha256().digest(Files.readAllBytes(file)),
                            System.currentTimeMillis() * 1_000_000 - modified >= RACY_NANOS);
            seen.put(relativeName, entry);
            return entry.digest().clone();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema file " + file, e);
        }
    }

    /** Whether {@link #remember} would write something new: a file hashed again, added or gone. */
    boolean changed() {
        return !seen.equals(remembered);
    }

    /** Writes the digests of the files hashed since this was read, those modified too recently left out. */
    void remember(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# SHA-256, size, modification time (ns) and path of each schema file; Schemata reads a file"
                + " again when its size or time differs.");
        seen.values().stream().filter(Entry::settled).forEach(e -> lines.add(e.format()));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** @param settled modified long enough before it was hashed for its size and time to be trusted next time */
    private record Entry(String relativeName, long size, long modifiedNanos, byte[] digest, boolean settled) {
        static Optional<Entry> parse(String line) {
            String[] parts = line.split(" ", 4);
            if (line.startsWith("#") || parts.length != 4 || parts[0].length() != 64) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Entry(parts[3], Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                        HexFormat.of().parseHex(parts[0]), true));
            } catch (IllegalArgumentException e) { // a number or hex digit that is not one
                return Optional.empty();
            }
        }

        String format() {
            return HexFormat.of().formatHex(digest) + " " + size + " " + modifiedNanos + " " + relativeName;
        }

        /** Equal in what is written: arrays by content, so that an unchanged set of files rewrites nothing. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Entry e && e.relativeName.equals(relativeName) && e.size == size
                    && e.modifiedNanos == modifiedNanos && Arrays.equals(e.digest, digest)
                    && e.settled == settled;
        }

        @Override
        public int hashCode() {
            return relativeName.hashCode();
        }
    }
}
