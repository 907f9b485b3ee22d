package dev.schemata.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/** The one generic step of every diff: pair items by key into added, removed and kept. */
final class Matching {
    private Matching() {}

    /**
     * Calls {@code removed} and {@code kept} in the current list's order, then {@code added} in the desired
     * list's order, so that the result is as deterministic as the lists.
     */
    static <T, K> void match(List<T> current, List<T> desired, Function<T, K> key,
            Consumer<T> added, Consumer<T> removed, BiConsumer<T, T> kept) {
        Map<K, T> wanted = new LinkedHashMap<>();
        desired.forEach(d -> wanted.put(key.apply(d), d));
        Map<K, T> existing = new LinkedHashMap<>();
        current.forEach(c -> existing.put(key.apply(c), c));
        for (T c : current) {
            T d = wanted.get(key.apply(c));
            if (d == null) {
                removed.accept(c);
            } else {
                kept.accept(c, d);
            }
        }
        for (T d : desired) {
            if (!existing.containsKey(key.apply(d))) {
                added.accept(d);
            }
        }
    }
}
