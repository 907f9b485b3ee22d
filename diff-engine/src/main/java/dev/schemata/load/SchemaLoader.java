package dev.schemata.load;

import java.sql.Connection;
import java.util.List;

/**
 * Runs schema files into a shadow database, statement by statement, refusing statements that change
 * data and reporting failures with {@code file:line:column}.
 */
public final class SchemaLoader {
    private SchemaLoader() {}

    /**
     * Loads every file of {@code source} into {@code shadow} (a connection to a throwaway database).
     *
     * @return warnings to show the user (for example skipped data statements)
     * @throws SchemaFileException when a statement is refused or fails
     */
    public static List<String> load(SchemaSource source, Connection shadow) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
