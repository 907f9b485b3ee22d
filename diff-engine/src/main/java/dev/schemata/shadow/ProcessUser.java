package dev.schemata.shadow;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.nio.file.attribute.PosixFilePermission;
import dev.schemata.SchemataException;

/**
 * The operating system user that runs PostgreSQL. PostgreSQL refuses to run as root, and builds in
 * containers and CI often are root: then the server runs as {@code nobody} through util-linux's
 * {@code setpriv}, and the files it writes are handed to that user.
 */
final class ProcessUser {
    private static final int NOBODY = 65534;

    private final boolean dropPrivileges;

    private ProcessUser(boolean dropPrivileges) {
        this.dropPrivileges = dropPrivileges;
    }

    static ProcessUser current() {
        return new ProcessUser(runningAsRoot());
    }

    boolean isRoot() {
        return dropPrivileges;
    }

    List<String> command(List<String> command) {
        if (!dropPrivileges) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of(
                "setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        wrapped.addAll(command);
        return wrapped;
    }

    /**
     * Makes a folder of ours enterable by the server's user, and checks that every folder above it is:
     * {@code nobody} cannot reach binaries or data below a folder only root may enter ({@code /root}).
     */
    void makeReachable(Path dir) throws IOException {
        if (!dropPrivileges) {
            return;
        }
        Path absolute = dir.toAbsolutePath();
        Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(absolute));
        if (permissions.addAll(EnumSet.of(PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ))) {
            Files.setPosixFilePermissions(absolute, permissions);
        }
        for (Path parent = absolute.getParent(); parent != null; parent = parent.getParent()) {
            if (!Files.getPosixFilePermissions(parent).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new SchemataException("The build runs as root, so PostgreSQL runs as 'nobody', which cannot enter "
                        + parent + " to reach " + absolute + ". Choose a cache folder anyone may enter with"
                        + " -Dschemata.cache=<dir> or SCHEMATA_CACHE (the default as root is in the temporary folder).");
            }
        }
    }

    /** Makes the server's user own a tree that this process created. */
    void handOver(Path root) throws IOException {
        if (!dropPrivileges) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                own(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                own(file);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void own(Path path) throws IOException {
        Files.setAttribute(path, "unix:uid", NOBODY, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(path, "unix:gid", NOBODY, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean runningAsRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (LinkageError | RuntimeException notUnix) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
