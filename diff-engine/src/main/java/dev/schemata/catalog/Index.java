package dev.schemata.catalog;

import java.util.List;
import java.util.Objects;

/**
 * An index that does not back a constraint (those belong to their {@link Constraint}).
 *
 * @param name the index name (its schema is the table's)
 * @param definition exactly as {@code pg_get_indexdef} prints it, for example
 *     {@code CREATE UNIQUE INDEX order_ref ON public.orders USING btree (ref) WHERE (ref IS NOT NULL)}
 * @param unique whether it is a unique index
 * @param method the access method: btree, hash, gin, gist, brin, spgist
 * @param columns the key columns by name; an expression key appears as null
 * @param predicate the WHERE clause of a partial index, or null
 * @param comment the index comment, or null
 * @param valid false for an index that an interrupted {@code CREATE INDEX CONCURRENTLY} left behind
 *     ({@code pg_index.indisvalid}): PostgreSQL keeps it up to date but never uses it, so it must be rebuilt
 */
public record Index(
        String name,
        String definition,
        boolean unique,
        String method,
        List<String> columns,
        String predicate,
        String comment,
        boolean valid) {

    public Index {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(definition, "definition == null");
        columns = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(columns));
    }

    /** A valid index. */
    public Index(String name, String definition, boolean unique, String method, List<String> columns,
            String predicate, String comment) {
        this(name, definition, unique, method, columns, predicate, comment, true);
    }
}
