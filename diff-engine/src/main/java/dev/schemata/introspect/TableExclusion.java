package dev.schemata.introspect;

import dev.schemata.SchemaFilter;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Dependency;
import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.Privilege;
import java.util.function.Predicate;

/**
 * Leaves the tables a {@link SchemaFilter} excludes out of a catalog, with what belongs to them, so that neither
 * side of a diff has them and no plan touches them. Done on the read catalog rather than in each query: the
 * kinds that hang off a table are few, the queries many.
 */
final class TableExclusion {
    private TableExclusion() {}

    static Catalog apply(Catalog catalog, SchemaFilter filter) {
        if (filter.excludeTables().isEmpty()) {
            return catalog;
        }
        Predicate<ObjectId> kept = id -> id.kind() != ObjectKind.TABLE || filter.acceptsTable(id.name());
        return catalog.toBuilder()
                .tables(catalog.tables().stream().filter(t -> filter.acceptsTable(t.name())).toList())
                .sequences(catalog.sequences().stream()
                        .filter(s -> s.ownedBy() == null || filter.acceptsTable(s.ownedBy().table())).toList())
                .triggers(catalog.triggers().stream().filter(t -> filter.acceptsTable(t.table())).toList())
                .policies(catalog.policies().stream().filter(p -> filter.acceptsTable(p.table())).toList())
                .statistics(catalog.statistics().stream().filter(s -> filter.acceptsTable(s.table())).toList())
                .privileges(catalog.privileges().stream().filter(p -> isKept(p, kept)).toList())
                .dependencies(catalog.dependencies().stream().filter(d -> isKept(d, kept)).toList())
                .build();
    }

    private static boolean isKept(Privilege privilege, Predicate<ObjectId> kept) {
        return privilege.object() == null || kept.test(privilege.object());
    }

    private static boolean isKept(Dependency dependency, Predicate<ObjectId> kept) {
        return kept.test(dependency.dependent()) && kept.test(dependency.referenced());
    }
}
