package dev.schemata.shadow;

import dev.schemata.SchemataException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Finds the PostgreSQL binaries of a major version. */
@FunctionalInterface
public interface BinariesResolver {
    /** The major version used when there is no target database to match. */
    int DEFAULT_MAJOR = 17;

    /** The zonky binaries version used for each supported major version. */
    Map<Integer, String> VERSIONS = Map.of(
            13, "13.23.0", 14, "14.24.0", 15, "15.19.0", 16, "16.15.0", 17, "17.11.0", 18, "18.6.0");

    PostgresBinaries resolve(int major);

    /** The zonky artifact version for a major version, or an error naming the supported ones. */
    static String versionFor(int major) {
        String version = VERSIONS.get(major);
        if (version == null) {
            throw new SchemataException("PostgreSQL " + major + " is not supported: Schemata supports 13 to 18");
        }
        return version;
    }

    /**
     * Binaries on the class path when their major matches, else those already in the local Maven
     * repository ({@code maven.repo.local}, default {@code ~/.m2/repository}).
     */
    static BinariesResolver fromClassPathOrLocalRepository() {
        return major -> {
            String version = versionFor(major);
            Optional<PostgresBinaries> onClassPath = PostgresBinaries.fromClassPath().filter(b -> b.major() == major);
            if (onClassPath.isPresent()) {
                return onClassPath.get();
            }
            Path repository = Path.of(System.getProperty("maven.repo.local",
                    Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
            return PostgresBinaries.fromLocalRepository(repository, version).orElseThrow(() -> new SchemataException(
                    "No PostgreSQL " + major + " binaries found: add io.zonky.test.postgres:"
                            + PostgresBinaries.artifactId() + ":" + version + " to the class path, or run through the"
                            + " Schemata Maven plugin, which downloads them"));
        };
    }
}
