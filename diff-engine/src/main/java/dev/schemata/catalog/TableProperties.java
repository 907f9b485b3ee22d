package dev.schemata.catalog;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;

/**
 * What a table is besides its columns, constraints and indexes. {@link #DEFAULT} is a plain table as
 * {@code CREATE TABLE name (...)} makes it.
 *
 * @param rowSecurity whether row level security is enabled ({@code ENABLE ROW LEVEL SECURITY})
 * @param forceRowSecurity whether it applies to the table owner too ({@code FORCE ROW LEVEL SECURITY})
 * @param partitionKey for a partitioned table, the key as {@code pg_get_partkeydef} prints it, for example
 *     {@code RANGE (happened)} or {@code HASH (id)}: what follows {@code PARTITION BY}; otherwise null
 * @param partitionOf for a partition, the partitioned table it belongs to; otherwise null
 * @param partitionBound for a partition, its bound as {@code pg_get_expr(relpartbound)} prints it, for example
 *     {@code FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')}, {@code FOR VALUES IN (1, 2)} or {@code DEFAULT}:
 *     what follows {@code PARTITION OF parent} or {@code ATTACH PARTITION name}; otherwise null
 * @param inherits the parents of {@code INHERITS (...)}, in declared order (empty for a partition)
 * @param unlogged whether it is {@code UNLOGGED}
 * @param replicaIdentity what follows {@code REPLICA IDENTITY}: {@code DEFAULT}, {@code FULL}, {@code NOTHING}
 *     or {@code USING INDEX name} (the index name quoted where needed)
 * @param storageParameters the storage parameters of {@code WITH (...)} as {@code name=value}, sorted
 * @param accessMethod the table access method of {@code USING}, or null for {@code heap} (and for a
 *     partitioned table without one)
 * @param foreign for a foreign table, its server and options; otherwise null
 * @param attachedConstraints for a partition, the key, unique and exclusion constraints it has as parts of its
 *     parent's (by name, definition as {@code pg_get_constraintdef} prints it): they stay its own when it is
 *     detached. Not part of the table's identity: left out of the canonical text and of comparisons.
 * @param attachedIndexes likewise the indexes it has as parts of its parent's (by name, full definition)
 */
public record TableProperties(
        boolean rowSecurity,
        boolean forceRowSecurity,
        String partitionKey,
        QualifiedName partitionOf,
        String partitionBound,
        List<QualifiedName> inherits,
        boolean unlogged,
        String replicaIdentity,
        List<String> storageParameters,
        String accessMethod,
        ForeignTableOptions foreign,
        Map<String, String> attachedConstraints,
        Map<String, String> attachedIndexes) {

    /** A plain table: logged, heap, not partitioned, no parents, no options, row security off. */
    public static final TableProperties DEFAULT =
            new TableProperties(false, false, null, null, null, List.of(), false, "DEFAULT", List.of(), null, null, Map.of(),
                    Map.of());

    public TableProperties {
        Objects.requireNonNull(replicaIdentity, "replicaIdentity == null");
        inherits = List.copyOf(inherits);
        storageParameters = List.copyOf(storageParameters);
        attachedConstraints = sortedMap(attachedConstraints);
        attachedIndexes = sortedMap(attachedIndexes);
    }

    private static Map<String, String> sortedMap(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }

    /** Whether this is a foreign table. */
    public boolean isForeign() {
        return foreign != null;
    }

    /** Whether this is a partitioned table (it has a partition key). */
    public boolean partitioned() {
        return partitionKey != null;
    }
}
