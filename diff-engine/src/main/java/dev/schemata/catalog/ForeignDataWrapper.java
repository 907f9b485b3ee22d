package dev.schemata.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A foreign data wrapper made by {@code CREATE FOREIGN DATA WRAPPER} (not one an extension owns). Foreign data
 * wrappers belong to the database, not to a schema.
 *
 * @param name the name, unique in the database: its identity
 * @param handler the handler function, or null for {@code NO HANDLER}
 * @param validator the validator function, or null for {@code NO VALIDATOR}
 * @param options the options as {@code key=value}, sorted
 * @param comment the comment, or null
 */
public record ForeignDataWrapper(
        String name, QualifiedName handler, QualifiedName validator, List<String> options, String comment) {

    public ForeignDataWrapper {
        Objects.requireNonNull(name, "name == null");
        options = Options.sorted(options);
    }
}
