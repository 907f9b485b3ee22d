package dev.schemata.maven;

import dev.schemata.load.SchemaFiles;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The SHA-256 of everything {@code schema:generate} reads: each schema file's relative path and the SHA-256 of its
 * bytes (see {@link FileDigests}), in the order they load, and the effective configuration (which the caller gives
 * as named values, secrets left out). Equal hashes mean the generator would write the same sources again.
 */
final class GenerateInputs {
    private GenerateInputs() {}

    /**
     * The hash of {@code files} (below {@code schemaDir}, in load order) and {@code configuration}, whose
     * entries count in key order so that the caller's map order does not matter.
     */
    static String hash(Path schemaDir, List<Path> files, Map<String, String> configuration) {
        return hash(schemaDir, files, configuration, FileDigests.none());
    }

    /** As {@link #hash(Path, List, Map)}, taking each file's own digest from {@code fileDigests}. */
    static String hash(Path schemaDir, List<Path> files, Map<String, String> configuration, FileDigests fileDigests) {
        MessageDigest digest = sha256();
        for (Path file : files) {
            String name = SchemaFiles.relativeName(schemaDir, file);
            update(digest, "file");
            update(digest, name);
            update(digest, fileDigests.digest(file, name));
        }
        for (Map.Entry<String, String> setting : new TreeMap<>(configuration).entrySet()) {
            update(digest, "setting");
            update(digest, setting.getKey());
            update(digest, String.valueOf(setting.getValue()));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The SHA-256 of each file's relative path, size and modification time, in load order, and of
     * {@code configuration}: when it equals the last generation's, no schema file changed, and none needs reading,
     * not even the remembered digests (about 25 ms for a thousand files in a new JVM). Empty when a file was
     * modified less than {@link FileDigests#RACY_NANOS} ago, whose change within the clock's resolution could leave
     * its size and time alike, or cannot be read: then only its bytes can tell.
     */
    static Optional<String> attributesHash(Path schemaDir, List<Path> files, Map<String, String> configuration) {
        long settledBefore = System.currentTimeMillis() * 1_000_000 - FileDigests.RACY_NANOS;
        // one buffer, hashed at once: in a new JVM a digest update per part costs more than the hashing
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * files.size() + 1024);
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.writeInt(files.size());
            for (Path file : files) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
                if (modified > settledBefore) {
                    return Optional.empty();
                }
                write(out, SchemaFiles.relativeName(schemaDir, file));
                out.writeLong(attributes.size());
                out.writeLong(modified);
            }
            for (Map.Entry<String, String> setting : new TreeMap<>(configuration).entrySet()) {
                write(out, setting.getKey());
                write(out, String.valueOf(setting.getValue()));
            }
        } catch (IOException e) {
            return Optional.empty(); // a file gone or unreadable since it was listed
        }
        return Optional.of(HexFormat.of().formatHex(sha256().digest(bytes.toByteArray())));
    }

    private static void write(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** Each part length-prefixed, so that no two different sequences of parts hash alike. */
    private static void update(MessageDigest digest, String text) {
        update(digest, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void update(MessageDigest digest, byte[] bytes) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
