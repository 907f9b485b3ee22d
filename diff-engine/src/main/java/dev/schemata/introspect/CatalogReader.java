package dev.schemata.introspect;

import dev.schemata.SchemaFilter;
import dev.schemata.catalog.Catalog;
import java.sql.Connection;

/** Reads a live database's schema into a {@link Catalog}: one bulk query per object kind, one snapshot. */
public final class CatalogReader {
    private CatalogReader() {}

    public static Catalog read(Connection connection, SchemaFilter filter) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
