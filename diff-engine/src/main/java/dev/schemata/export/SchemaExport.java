package dev.schemata.export;

import dev.schemata.SchemataException;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Owner;
import dev.schemata.plan.PlanOptions;
import dev.schemata.plan.PlannedStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a database's schema as schema files: numbered {@code .sql} files, one per object (with its indexes,
 * comments and grants), whose lexical order is the order they load in.
 */
public final class SchemaExport {
    private SchemaExport() {}

    /**
     * How the export plans: drops allowed, and every role that holds a grant or default privilege, or owns an
     * object other than the exporting {@code user}, managed, so that the files carry the grants and owners too.
     * Planning against the database right after is empty with or without those managed roles.
     */
    public static PlanOptions options(Catalog current, String user) {
        Set<String> roles = new TreeSet<>();
        current.privileges().forEach(p -> roles.add(p.grantee()));
        current.defaultPrivileges().forEach(p -> roles.add(p.grantee()));
        current.owners().stream().map(Owner::owner).filter(o -> !o.equals(user)).forEach(roles::add);
        return PlanOptions.allowingDrops().toBuilder().managedRoles(roles).build();
    }

    /** Fails unless {@code directory} is missing or empty, or {@code overwrite} is set. */
    public static void checkDirectory(Path directory, boolean overwrite) {
        if (!overwrite && !files(directory).isEmpty()) {
            throw new SchemataException("The export directory " + directory.toAbsolutePath() + " is not empty."
                    + " Export into an empty or new directory, or set schema.overwrite=true to replace the .sql files"
                    + " in it (other files stay).");
        }
    }

    /**
     * Writes {@code statements} (creation statements in run order) as files into {@code directory}; with
     * {@code overwrite}, first deletes the {@code .sql} files already below it, so that none is left over.
     *
     * @return the files written, in load order
     */
    public static List<Path> write(Path directory, List<PlannedStatement> statements, boolean overwrite) {
        checkDirectory(directory, overwrite);
        try {
            for (Path old : files(directory)) {
                if (old.getFileName().toString().endsWith(".sql")) Files.delete(old);
            }
            Files.createDirectories(directory);
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, String> file : ExportLayout.files(statements).entrySet()) {
                written.add(Files.writeString(directory.resolve(file.getKey()), withoutBodyChecks(file.getValue()),
                        StandardCharsets.UTF_8));
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the exported schema into " + directory, e);
        }
    }

    /**
     * A file that creates a routine first turns off the checking of bodies, as pg_dump's output does: a body may
     * name a table of a later file (the plan orders a routine after what its body names only where no cycle
     * forbids it).
     */
    static String withoutBodyChecks(String content) {
        boolean routine = content.contains("CREATE OR REPLACE FUNCTION ") || content.contains("CREATE OR REPLACE PROCEDURE ")
                || content.contains("CREATE FUNCTION ") || content.contains("CREATE PROCEDURE ");
        return routine ? "SET check_function_bodies = false;\n\n" + content : content;
    }

    private static List<Path> files(Path directory) {
        if (!Files.isDirectory(directory)) return List.of();
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the export directory " + directory, e);
        }
    }
}
