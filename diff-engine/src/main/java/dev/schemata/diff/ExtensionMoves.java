package dev.schemata.diff;

import dev.schemata.SchemataException;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Extension;
import java.util.ArrayList;
import java.util.List;

/**
 * What the desired schemas of the extensions ask of one current catalog: the relocatable extensions that move
 * ({@code ALTER EXTENSION ... SET SCHEMA}), and the catalog as it reads after the moves, which the diff then
 * compares with the desired one. The objects that use an extension's members name them schema-qualified
 * ({@code public.citext}), so a move changes how they read although nothing else changed; after the moves they
 * read as they will ({@code ext.citext}) and give no change. A non-relocatable extension is dropped and created
 * as before when nothing uses its members; when something does, planning fails (PostgreSQL would refuse to drop
 * it). Pure: no SQL, no I/O.
 *
 * @param changes the moves, in extension name order
 * @param current the current catalog as it reads after them
 */
public record ExtensionMoves(List<Change> changes, Catalog current) {
    public ExtensionMoves {
        changes = List.copyOf(changes);
    }

    /** @throws SchemataException when a non-relocatable extension that something uses changes schema */
    public static ExtensionMoves of(Catalog current, Catalog desired) {
        List<Change> changes = new ArrayList<>();
        Catalog moved = current;
        for (Extension from : current.extensions()) {
            Extension to = desired.extension(from.name()).orElse(null);
            if (to == null || to.schema().equals(from.schema())) {
                continue;
            }
            MovedMembers members = new MovedMembers(from.schema(), to.schema(), from.members());
            if (from.relocatable()) {
                changes.add(new Change.MoveExtension(from, to.schema()));
                moved = members.catalog(moved).toBuilder().extensions(moved.extensions().stream()
                        .map(e -> e.name().equals(from.name()) ? e.inSchema(to.schema()) : e).toList()).build();
            } else {
                List<String> users = members.users(moved);
                if (!users.isEmpty()) {
                    throw new SchemataException(notRelocatable(from, to, users));
                }
            }
        }
        return new ExtensionMoves(changes, moved);
    }

    private static String notRelocatable(Extension from, Extension to, List<String> users) {
        return "Extension " + from.name() + " cannot move from schema " + from.schema() + " to schema "
                + to.schema() + ": it is not relocatable (PostgreSQL refuses ALTER EXTENSION ... SET SCHEMA), and "
                + "dropping it to create it again would fail, because objects use its members: "
                + String.join(", ", users) + ". Keep it in schema " + from.schema() + " in the schema files, or "
                + "move it by hand (drop what uses it, DROP EXTENSION " + from.name() + ", CREATE EXTENSION "
                + from.name() + " SCHEMA " + to.schema() + ", create what used it again) before planning.";
    }
}
