package dev.schemata.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What makes a table a foreign table: its server and the options of the table and of its columns.
 *
 * @param server the foreign server of {@code SERVER}
 * @param options the table options as {@code key=value}, sorted
 * @param columnOptions the options of each column that has any, by column name, each sorted
 */
public record ForeignTableOptions(String server, List<String> options, Map<String, List<String>> columnOptions) {

    public ForeignTableOptions {
        Objects.requireNonNull(server, "server == null");
        options = Options.sorted(options);
        Map<String, List<String>> sorted = new TreeMap<>();
        columnOptions.forEach((column, o) -> {
            if (!o.isEmpty()) sorted.put(column, Options.sorted(o));
        });
        columnOptions = java.util.Collections.unmodifiableMap(sorted);
    }

    /** The options of one column, empty when it has none. */
    public List<String> columnOptions(String column) {
        return columnOptions.getOrDefault(column, List.of());
    }
}
