package dev.schemata.catalog;

import java.util.List;
import java.util.Objects;

/**
 * An installed extension. Its member objects (functions, types, tables it creates) are not part of the
 * catalog: the extension brings them. Their names are kept, because the catalog's other objects name them
 * schema-qualified ({@code public.citext}) and read differently once the extension moves to another schema.
 *
 * @param name the extension name, unique in the database: its identity
 * @param schema the schema it was installed into ({@code CREATE EXTENSION ... SCHEMA})
 * @param version the installed version ({@code CREATE EXTENSION ... VERSION}, {@code ALTER EXTENSION ... UPDATE TO})
 * @param comment the extension comment, or null
 * @param relocatable whether {@code ALTER EXTENSION ... SET SCHEMA} may move it ({@code pg_extension.extrelocatable})
 * @param members the names of the objects it owns in its schema, sorted; operators by their symbol
 */
public record Extension(String name, String schema, String version, String comment, boolean relocatable,
        List<String> members) {
    public Extension {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(schema, "schema == null");
        Objects.requireNonNull(version, "version == null");
        members = members.stream().sorted().toList();
    }

    /** A relocatable extension whose members are not known (tests, hand-made catalogs). */
    public Extension(String name, String schema, String version, String comment) {
        this(name, schema, version, comment, true, List.of());
    }

    /** The same extension, installed into another schema. */
    public Extension inSchema(String other) {
        return new Extension(name, other, version, comment, relocatable, members);
    }
}
