package dev.schemata.introspect;

import dev.schemata.SchemaFilter;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Reads a live database's schema into a {@link Catalog}: one bulk query per object kind, all in one
 * read-only snapshot, so the number of queries does not grow with the number of tables.
 *
 * <p>Types, defaults and definitions are printed by PostgreSQL itself ({@code format_type}, {@code pg_get_expr},
 * {@code pg_get_constraintdef}, {@code pg_get_indexdef}) with an empty search path, so every user object in
 * them is schema-qualified ({@code public.mood}, {@code nextval('public.t_id_seq'::regclass)}), and with fixed
 * date, time zone, interval and float formats: the same schema prints the same in any database and session.
 * A column collation is printed as it is written after {@code COLLATE}: {@code "C"} for one in pg_catalog,
 * {@code sales."Exact"} otherwise.
 *
 * <p>In scope: every schema except pg_catalog, information_schema, pg_toast and the temporary ones, that
 * the filter accepts and no extension owns; in those, the objects no extension owns: tables (ordinary,
 * partitioned and foreign, partitions included), views and materialized views, enums, domains, composite and
 * range types, collations, sequences, functions, procedures and aggregates, operators, operator families and
 * classes, text search templates, parsers, dictionaries and configurations, conversions, triggers, policies and
 * extended statistics on the tables and views; the extensions installed into them; the casts whose source or
 * target type or function is in them; the event triggers whose function is in them; database-wide, whatever the
 * filter: the foreign data wrappers no extension owns, the foreign servers with their user mappings (never their
 * secret options) and the publications; the dependencies between those objects that pg_depend records; the
 * privileges on them that differ from the defaults, their owners, and the default privileges (for every schema
 * or for one in scope) that differ from the built-in ones.
 * Identity sequences belong to their column, indexes that back a constraint to the constraint; constraints and
 * indexes a table inherits from its parent, and triggers a partition copies from its parent, are left out.
 *
 * <p>Definitions that are whole statements ({@code pg_get_functiondef}, {@code pg_get_triggerdef},
 * {@code pg_get_indexdef}) run as they are; view queries ({@code pg_get_viewdef}) follow
 * {@code CREATE VIEW name AS}. See each record for the exact form.
 */
public final class CatalogReader {
    private CatalogReader() {}

    /**
     * Reads the user schemas that {@code filter} accepts. Leaves the connection's auto-commit, isolation
     * level and read-only flag as they were.
     *
     * @throws IllegalStateException when a catalog query fails or the connection is inside a transaction
     */
    public static Catalog read(Connection connection, SchemaFilter filter) {
        return read(new QueryRunner(connection), filter);
    }

    /**
     * Reads as {@link #read(Connection, SchemaFilter)} does, two queries at a time: a second connection that
     * {@code another} opens reads in the same snapshot (exported from the first, as {@code pg_dump --jobs} does),
     * and each connection takes the next query the other has not (see {@link QueryQueue}). When the second connection cannot be opened or cannot join the snapshot, all
     * queries run on the first. The second connection is closed before this returns.
     */
    public static Catalog read(Connection connection, SchemaFilter filter, ConnectionOpener another) {
        return read(new QueryRunner(connection), filter, another);
    }

    static Catalog read(QueryRunner runner, SchemaFilter filter) {
        return read(runner, filter, null);
    }

    static Catalog read(QueryRunner runner, SchemaFilter filter, ConnectionOpener another) {
        try {
            return readOnce(runner, filter, another);
        } catch (SharedSnapshot.NotExported e) {
            return readOnce(runner, filter, null);
        }
    }

    private static Catalog readOnce(QueryRunner runner, SchemaFilter filter, ConnectionOpener another) {
        try {
            return TableExclusion.apply(ReadOnlySnapshot.run(runner.connection(),
                    () -> readInSnapshot(runner, filter, another)), filter);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database schema (SQLSTATE " + e.getSQLState()
                    + "): " + e.getMessage(), e);
        }
    }

    private static Catalog readInSnapshot(QueryRunner runner, SchemaFilter filter, ConnectionOpener another)
            throws SQLException {
        List<Schema> schemas = runner.list(CatalogQuery.SCHEMAS, ObjectRows::schema).stream()
                .filter(s -> filter.accepts(s.name()))
                .toList();
        CatalogReads reads = new CatalogReads(schemas);
        Optional<SharedSnapshot> shared = SharedSnapshot.join(runner.connection(), another);
        try {
            if (shared.isEmpty()) {
                reads.queue().work(runner);
            } else {
                QueryRunner secondRunner = new QueryRunner(shared.get().connection());
                CompletableFuture<Void> second = ParallelRead.start(() -> {
                    reads.queue().work(secondRunner);
                    return null;
                });
                try {
                    reads.queue().work(runner);
                    ParallelRead.join(second);
                } finally {
                    ParallelRead.awaitQuietly(second); // the second connection is closed only once its queries are done
                }
            }
        } finally {
            shared.ifPresent(SharedSnapshot::close);
        }
        return reads.catalog(runner);
    }

    /**
     * The roles among {@code names} that the server of {@code connection} lacks, sorted.
     *
     * @throws IllegalStateException when the query fails
     */
    public static List<String> missingRoles(Connection connection, Collection<String> names) {
        try {
            return new QueryRunner(connection).list(CatalogQuery.MISSING_ROLES, List.copyOf(names),
                    row -> row.getString("role_name"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up roles (SQLSTATE " + e.getSQLState() + "): "
                    + e.getMessage(), e);
        }
    }
}
