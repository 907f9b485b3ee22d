package dev.schemata.planfile;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Privilege;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A fingerprint per object of a catalog, keyed by a readable name ({@code table public.orders}), so that a
 * saved plan can name what changed on the target since it was made. A table's columns, constraints and indexes
 * count as the table's; privileges are grouped by the object they are on.
 */
final class ObjectHashes {
    private ObjectHashes() {}

    static SortedMap<String, String> of(Catalog catalog) {
        SortedMap<String, String> out = new TreeMap<>();
        add(out, catalog.schemas(), s -> "schema " + s.name(), Catalog.Builder::schemas);
        add(out, catalog.extensions(), e -> "extension " + e.name(), Catalog.Builder::extensions);
        add(out, catalog.collations(), c -> "collation " + c.name(), Catalog.Builder::collations);
        add(out, catalog.enums(), e -> "enum " + e.name(), Catalog.Builder::enums);
        add(out, catalog.domains(), d -> "domain " + d.name(), Catalog.Builder::domains);
        add(out, catalog.compositeTypes(), t -> "composite type " + t.name(), Catalog.Builder::compositeTypes);
        add(out, catalog.rangeTypes(), r -> "range type " + r.name(), Catalog.Builder::rangeTypes);
        add(out, catalog.sequences(), s -> "sequence " + s.name(), Catalog.Builder::sequences);
        add(out, catalog.tables(), t -> "table " + t.name(), Catalog.Builder::tables);
        add(out, catalog.views(), v -> (v.materialized() ? "materialized view " : "view ") + v.name(),
                Catalog.Builder::views);
        add(out, catalog.routines(), r -> "routine " + r.signature(), Catalog.Builder::routines);
        add(out, catalog.aggregates(), a -> "aggregate " + a.signature(), Catalog.Builder::aggregates);
        add(out, catalog.triggers(), t -> "trigger " + t.name() + " on " + t.table(), Catalog.Builder::triggers);
        add(out, catalog.eventTriggers(), e -> "event trigger " + e.name(), Catalog.Builder::eventTriggers);
        add(out, catalog.policies(), p -> "policy " + p.name() + " on " + p.table(), Catalog.Builder::policies);
        add(out, catalog.statistics(), s -> "statistics " + s.name(), Catalog.Builder::statistics);
        Map<String, List<Privilege>> privileges = catalog.privileges().stream()
                .collect(Collectors.groupingBy(Privilege::on, TreeMap::new, Collectors.toList()));
        privileges.forEach((on, list) ->
                out.put("privileges on " + on, Catalog.builder().privileges(list).build().fingerprint()));
        return out;
    }

    private static <T> void add(Map<String, String> out, List<T> objects, Function<T, String> key,
            BiFunction<Catalog.Builder, List<T>, Catalog.Builder> put) {
        for (T object : objects) {
            out.put(key.apply(object), put.apply(Catalog.builder(), List.of(object)).build().fingerprint());
        }
    }

    /**
     * The objects that differ between two sets of hashes, one line each ({@code changed: table public.orders}),
     * sorted by name.
     */
    static List<String> differences(Map<String, String> before, Map<String, String> after) {
        SortedMap<String, String> lines = new TreeMap<>();
        before.forEach((name, hash) -> {
            String now = after.get(name);
            if (now == null) lines.put(name, "removed: " + name);
            else if (!now.equals(hash)) lines.put(name, "changed: " + name);
        });
        after.keySet().stream().filter(name -> !before.containsKey(name))
                .forEach(name -> lines.put(name, "added:   " + name));
        return List.copyOf(lines.values());
    }
}
