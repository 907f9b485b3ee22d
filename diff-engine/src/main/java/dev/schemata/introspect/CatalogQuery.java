package dev.schemata.introspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The catalog queries, one per object kind, each kept in its own {@code .sql} resource next to this class. */
enum CatalogQuery {
    SNAPSHOT_SETTINGS("snapshot-settings.sql"),
    SCHEMAS("schemas.sql"),
    TABLES("tables.sql"),
    /** attcompression came with PostgreSQL 14: on 13 no column has a compression method. */
    COLUMNS("columns.sql", new Before(14, "a.attcompression", "''::\"char\"")),
    CONSTRAINTS("constraints.sql"),
    INDEXES("indexes.sql"),
    ENUMS("enums.sql"),
    SEQUENCES("sequences.sql"),
    EXTENSIONS("extensions.sql"),
    VIEWS("views.sql"),
    ROUTINES("routines.sql"),
    TRIGGERS("triggers.sql"),
    EVENT_TRIGGERS("event-triggers.sql"),
    DOMAINS("domains.sql"),
    DOMAIN_CONSTRAINTS("domain-constraints.sql"),
    COMPOSITE_TYPES("composite-types.sql"),
    POLICIES("policies.sql"),
    DEPENDENCIES("dependencies.sql"),
    PRIVILEGES("privileges.sql"),
    COLLATIONS("collations.sql"),
    STATISTICS("statistics.sql"),
    AGGREGATES("aggregates.sql"),
    RANGE_TYPES("range-types.sql"),
    CASTS("casts.sql"),
    OPERATORS("operators.sql"),
    OPERATOR_FAMILIES("operator-families.sql"),
    OPERATOR_CLASSES("operator-classes.sql"),
    TEXT_SEARCH_DICTIONARIES("text-search-dictionaries.sql"),
    TEXT_SEARCH_CONFIGURATIONS("text-search-configurations.sql"),
    CONVERSIONS("conversions.sql"),
    TEXT_SEARCH_TEMPLATES("text-search-templates.sql"),
    TEXT_SEARCH_PARSERS("text-search-parsers.sql"),
    FOREIGN_DATA_WRAPPERS("foreign-data-wrappers.sql"),
    FOREIGN_SERVERS("foreign-servers.sql"),
    USER_MAPPINGS("user-mappings.sql"),
    PUBLICATIONS("publications.sql"),
    PUBLICATIONS_PG14("publications-pg14.sql"),
    PUBLICATION_TABLES("publication-tables.sql"),
    PUBLICATION_TABLES_PG14("publication-tables-pg14.sql"),
    OWNERS("owners.sql"),
    DEFAULT_PRIVILEGES("default-privileges.sql"),
    /** Not part of a catalog: which roles a target lacks. */
    MISSING_ROLES("missing-roles.sql");

    private final String resource;
    private final String sql;
    private final Before before;

    CatalogQuery(String resource) {
        this(resource, null);
    }

    CatalogQuery(String resource, Before before) {
        this.resource = resource;
        this.sql = load(resource);
        this.before = before;
        if (before != null && !sql.contains(before.text())) {
            throw new IllegalStateException("catalog query " + resource + " lacks " + before.text());
        }
    }

    /**
     * How a query reads on servers older than {@code major}: {@code text} becomes {@code replacement}. A
     * version-dependent column read through {@code to_jsonb} of its whole catalog row would run on every
     * version, but serialising every row costs a third of the query's time.
     */
    record Before(int major, String text, String replacement) {}

    String resource() {
        return resource;
    }

    String sql() {
        return sql;
    }

    /** The query as a server of this major version takes it. */
    String sql(int serverMajor) {
        return before != null && serverMajor < before.major() ? sql.replace(before.text(), before.replacement()) : sql;
    }

    private static String load(String resource) {
        try (InputStream in = CatalogQuery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalog query " + resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog query " + resource, e);
        }
    }
}
