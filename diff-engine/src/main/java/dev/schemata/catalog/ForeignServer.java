package dev.schemata.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A foreign server made by {@code CREATE SERVER}. Servers belong to the database, not to a schema.
 *
 * @param name the name, unique in the database: its identity
 * @param wrapper the foreign data wrapper it uses
 * @param type the {@code TYPE}, or null
 * @param version the {@code VERSION}, or null
 * @param options the options as {@code key=value}, sorted
 * @param comment the comment, or null
 */
public record ForeignServer(
        String name, String wrapper, String type, String version, List<String> options, String comment) {

    public ForeignServer {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(wrapper, "wrapper == null");
        options = Options.sorted(options);
    }
}
