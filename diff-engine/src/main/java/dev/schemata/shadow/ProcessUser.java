package dev.schemata.shadow;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

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
