package dev.schemata.catalog;

import java.util.Comparator;
import java.util.Objects;

/**
 * One object needs another to exist: create the referenced one first, drop it last. Read from
 * {@code pg_depend}, so it holds what PostgreSQL tracks (not, for example, the tables a PL/pgSQL body uses).
 *
 * @param dependent the object that needs the other: a view, materialized view, routine, aggregate, table,
 *     domain or composite type
 * @param referenced the object it needs, in a schema in scope and not of an extension
 */
public record Dependency(ObjectId dependent, ObjectId referenced) {
    /** Sorts by dependent, then referenced object. */
    public static final Comparator<Dependency> ORDER =
            Comparator.comparing(Dependency::dependent).thenComparing(Dependency::referenced);

    public Dependency {
        Objects.requireNonNull(dependent, "dependent == null");
        Objects.requireNonNull(referenced, "referenced == null");
    }
}
