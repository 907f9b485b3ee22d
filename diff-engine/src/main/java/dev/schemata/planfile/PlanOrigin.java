package dev.schemata.planfile;

import dev.schemata.SchemaFilter;
import dev.schemata.plan.PlanOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/** What a plan was made from, besides the catalogs: the options, the schema files, the engine. */
final class PlanOrigin {
    private PlanOrigin() {}

    /**
     * Every plan option by its record component name, and the schema filter as {@code schemas} and
     * {@code excludeSchemas}: read generically, so that a new option is saved and compared without a change here.
     */
    static SortedMap<String, String> options(PlanOptions options, SchemaFilter filter) {
        SortedMap<String, String> out = new TreeMap<>();
        for (var component : PlanOptions.class.getRecordComponents()) {
            try {
                out.put(component.getName(), PlanJson.toJsonText(component.getAccessor().invoke(options)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("a record's accessor is public", e);
            }
        }
        out.put("schemas", PlanJson.toJsonText(filter.include()));
        out.put("excludeSchemas", PlanJson.toJsonText(filter.exclude()));
        return out;
    }

    /** A SHA-256 over the files' contents in the order they load (paths left out: they differ between checkouts). */
    static String schemaFilesHash(List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                byte[] content = Files.readAllBytes(file);
                digest.update(ByteBuffer.allocate(Long.BYTES).putLong(content.length).array());
                digest.update(content);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema file to hash it", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The engine's version, from a file filled in at build time. */
    static String engineVersion() {
        try (InputStream in = PlanOrigin.class.getResourceAsStream("engine.properties")) {
            Properties properties = new Properties();
            if (in != null) properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read engine.properties from the engine's jar", e);
        }
    }
}
