package dev.schemata.shadow;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Unpacked PostgreSQL binaries and an initialized cluster template, both kept in a cache directory
 * so that only the first start of a version pays for unpacking and {@code initdb}. Several builds
 * may share the cache at once: each step runs under a file lock and publishes by an atomic rename.
 */
final class PostgresInstallation {
    private final Path home;
    private final Path template;
    private final ProcessUser user;

    private PostgresInstallation(Path home, Path template, ProcessUser user) {
        this.home = home;
        this.template = template;
        this.user = user;
    }

    static PostgresInstallation prepare(PostgresBinaries binaries, Path cacheRoot, ProcessUser user) throws IOException {
        Path versionDir = cacheRoot.resolve("postgres-" + binaries.version());
        Files.createDirectories(versionDir);
        Path home = versionDir.resolve("install");
        Path template = versionDir.resolve("template");
        try (FileChannel channel = FileChannel.open(versionDir.resolve(".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            if (!Files.isDirectory(home)) {
                unpack(binaries, versionDir, home);
            }
            PostgresInstallation installation = new PostgresInstallation(home, template, user);
            if (!Files.isRegularFile(template.resolve("PG_VERSION"))) {
                installation.initdb(versionDir);
            }
            return installation;
        }
    }

    Path binary(String name) {
        return home.resolve("bin").resolve(name);
    }

    ProcessUser user() {
        return user;
    }

    /** Copies the initialized template into a new data directory owned by the server's user. */
    void newDataDirectory(Path target) throws IOException {
        try (var files = Files.walk(template)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path dest = target.resolve(template.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
        user.handOver(target);
    }

    private static void unpack(PostgresBinaries binaries, Path versionDir, Path home) throws IOException {
        Path staging = Files.createTempDirectory(versionDir, "unpack-");
        try (InputStream raw = binaries.openArchive();
                TarArchiveInputStream tar = new TarArchiveInputStream(
                        new XZCompressorInputStream(new BufferedInputStream(raw, 1 << 16)))) {
            TarArchiveEntry entry;
            List<Path[]> links = new ArrayList<>();
            while ((entry = tar.getNextEntry()) != null) {
                Path dest = staging.resolve(entry.getName()).normalize();
                if (!dest.startsWith(staging)) {
                    throw new IOException("archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(dest);
                } else if (entry.isSymbolicLink()) {
                    links.add(new Path[] {dest, Path.of(entry.getLinkName())});
                } else {
                    Files.createDirectories(dest.getParent());
                    Files.copy(tar, dest, StandardCopyOption.REPLACE_EXISTING);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(dest, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
            for (Path[] link : links) {
                Files.createDirectories(link[0].getParent());
                Files.createSymbolicLink(link[0], link[1]);
            }
        }
        try (var dirs = Files.walk(staging)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
    }

    private void initdb(Path versionDir) throws IOException {
        Path staging = Files.createTempDirectory(versionDir, "initdb-");
        Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwx------"));
        user.handOver(staging);
        Path log = versionDir.resolve("initdb.log");
        List<String> command = user.command(List.of(binary("initdb").toString(),
                "-D", staging.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "-N"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("initdb failed; its output:\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running initdb", e);
        }
        Files.move(staging, template, StandardCopyOption.ATOMIC_MOVE);
    }
}
