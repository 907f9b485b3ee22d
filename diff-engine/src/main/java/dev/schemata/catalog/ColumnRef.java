package dev.schemata.catalog;

/** A column of a table, by name. */
public record ColumnRef(QualifiedName table, String column) {
    @Override
    public String toString() {
        return table + "." + column;
    }
}
