package dev.schemata.maven;

import dev.schemata.load.SchemaFiles;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
