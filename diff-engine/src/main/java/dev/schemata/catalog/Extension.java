package dev.schemata.catalog;

import java.util.Objects;

/**
 * An installed extension. Its member objects (functions, types, tables it creates) are not part of the
 * catalog: the extension brings them.
 *
 * @param name the extension name, unique in the database: its identity
 * @param schema the schema it was installed into ({@code CREATE EXTENSION ... SCHEMA})
 * @param version the installed version ({@code CREATE EXTENSION ... VERSION}, {@code ALTER EXTENSION ... UPDATE TO})
 * @param comment the extension comment, or null
 */
public record Extension(String name, String schema, String version, String comment) {
    public Extension {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(schema, "schema == null");
        Objects.requireNonNull(version, "version == null");
    }
}
