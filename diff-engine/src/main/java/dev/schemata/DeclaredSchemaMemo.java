package dev.schemata;

import dev.schemata.catalog.Catalog;
import dev.schemata.load.SchemaSource;
import dev.schemata.shadow.ShadowOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The declared schema last loaded, kept so that the goals of one build that load the same schema files the same
 * way ({@code schema:plan} then {@code schema:apply}, then {@code generate-sources}) run them into a shadow
 * database once: at 1000 tables a load is about four seconds.
 *
 * <p>A load is reused only when everything it depends on is alike: the bytes of every file in load order, whether
 * data statements are skipped, the schema filter, and the shadow (the embedded server's major version, or the
 * configured server's URL and credentials). The memo lives as long as its holder: the Maven plugin keeps one per
 * build, never across builds, since a configured shadow server may gain or lose extensions between them. It holds
 * the last load softly, so that memory running short forgets it.
 */
public final class DeclaredSchemaMemo {
    private final boolean remembers;
    /**
     * Soft: a catalog of thousands of tables kept for the rest of a large build must not be what runs the
     * compiler out of memory; when the collector clears it, the next goal loads the files again.
     */
    private SoftReference<Remembered> last = new SoftReference<>(null);

    private DeclaredSchemaMemo(boolean remembers) {
        this.remembers = remembers;
    }

    /** A memo that remembers nothing: every request loads its files. */
    public static DeclaredSchemaMemo none() {
        return new DeclaredSchemaMemo(false);
    }

    /** A memo that remembers the last declared schema loaded through it. */
    public static DeclaredSchemaMemo lastLoaded() {
        return new DeclaredSchemaMemo(true);
    }

    /**
     * What identifies a load: a SHA-256 over its inputs, or null when nothing is remembered. Read before the load,
     * so that a file changed while it runs is loaded again next time.
     *
     * @param major the target's major version, or 0 when there is no target
     */
    String key(SchemaSource source, ShadowOptions shadow, int major, SchemaFilter filter) {
        if (!remembers) {
            return null;
        }
        MessageDigest digest = sha256();
        for (Path file : source.files()) {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the schema file " + file, e);
            }
            update(digest, file.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
            update(digest, sha256().digest(content));
        }
        String shadowText = shadow.isEmbedded()
                ? "embedded " + shadow.embeddedMajor(major)
                : String.join("\n", shadow.url(), String.valueOf(shadow.user()), String.valueOf(shadow.password()),
                        String.valueOf(major));
        update(digest, (source.skipDataStatements() + "\n" + filter + "\n" + shadowText)
                .getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The load remembered under {@code key}. */
    synchronized Optional<Loaded> find(String key) {
        Remembered remembered = last.get();
        return key != null && remembered != null && remembered.key().equals(key)
                ? Optional.of(remembered.loaded()) : Optional.empty();
    }

    /** Remembers a load, in place of the one before. */
    synchronized void remember(String key, Loaded loaded) {
        if (key != null) {
            last = new SoftReference<>(new Remembered(key, loaded));
        }
    }

    /**
     * A load's result.
     *
     * @param warnings the lines the load logged as warnings, said again each time it is reused
     */
    record Loaded(Catalog catalog, List<String> warnings) {
        Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    private record Remembered(String key, Loaded loaded) {}

    /** Each part with its length first, so that no two different inputs run together alike. */
    private static void update(MessageDigest digest, byte[] part) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
        digest.update(part);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
