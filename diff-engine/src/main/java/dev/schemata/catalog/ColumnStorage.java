package dev.schemata.catalog;

import java.util.Objects;

/**
 * A column's storage when it differs from its type's ({@code ALTER COLUMN ... SET STORAGE}).
 *
 * @param setting the column's: {@code PLAIN}, {@code EXTERNAL}, {@code EXTENDED} or {@code MAIN}
 * @param typeDefault the type's, which a column goes back to when the setting is dropped from the schema files
 *     ({@code SET STORAGE DEFAULT} exists only from PostgreSQL 16); not part of the comparison
 */
public record ColumnStorage(String setting, String typeDefault) {
    public ColumnStorage {
        Objects.requireNonNull(setting, "setting == null");
        Objects.requireNonNull(typeDefault, "typeDefault == null");
    }
}
