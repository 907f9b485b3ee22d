package dev.schemata.introspect;

import dev.schemata.SchemaFilter;
import dev.schemata.catalog.Aggregate;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Collation;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.CompositeType;
import dev.schemata.catalog.Dependency;
import dev.schemata.catalog.Domain;
import dev.schemata.catalog.DomainConstraint;
import dev.schemata.catalog.EnumType;
import dev.schemata.catalog.EventTrigger;
import dev.schemata.catalog.ExtendedStatistics;
import dev.schemata.catalog.Extension;
import dev.schemata.catalog.Index;
import dev.schemata.catalog.Policy;
import dev.schemata.catalog.DefaultPrivilege;
import dev.schemata.catalog.Owner;
import dev.schemata.catalog.Privilege;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.RangeType;
import dev.schemata.catalog.Routine;
import dev.schemata.catalog.Schema;
import dev.schemata.catalog.Sequence;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.TableProperties;
import dev.schemata.catalog.Trigger;
import dev.schemata.catalog.View;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
     * Reads as {@link #read(Connection, SchemaFilter)} does, two queries at a time: half of them run on a second
     * connection that {@code another} opens and that reads in the same snapshot (exported from the first, as
     * {@code pg_dump --jobs} does). When the second connection cannot be opened or cannot join the snapshot, all
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
        List<String> names = schemas.stream().map(Schema::name).toList();
        Optional<SharedSnapshot> shared = SharedSnapshot.join(runner.connection(), another);
        try {
            if (shared.isEmpty()) {
                SecondHalf second = SecondHalf.read(runner, names);
                return readFirstHalf(runner, schemas, names, () -> second);
            }
            QueryRunner secondRunner = new QueryRunner(shared.get().connection());
            CompletableFuture<SecondHalf> second = ParallelRead.start(() -> SecondHalf.read(secondRunner, names));
            try {
                return readFirstHalf(runner, schemas, names, () -> ParallelRead.join(second));
            } finally {
                ParallelRead.awaitQuietly(second); // the second connection is closed only once its queries are done
            }
        } finally {
            shared.ifPresent(SharedSnapshot::close);
        }
    }

    /**
     * The queries of the second connection: together about as long as those of the first (constraints and
     * indexes deparse every definition, dependencies is the largest query; columns, on the first, the slowest).
     */
    private record SecondHalf(List<TableRows.Owned<Constraint>> constraints, List<TableRows.Owned<Index>> indexes,
            List<Dependency> dependencies, List<Owner> owners,
            List<DefaultPrivilege> defaultPrivileges, List<Routine> routines, List<Trigger> triggers) {
        static SecondHalf read(QueryRunner runner, List<String> names) throws SQLException {
            return new SecondHalf(RelationParts.constraints(runner, names), RelationParts.indexes(runner, names),
                    runner.list(CatalogQuery.DEPENDENCIES, names, DependencyRows::dependency),
                    runner.list(CatalogQuery.OWNERS, names, PrivilegeRows::owner),
                    runner.list(CatalogQuery.DEFAULT_PRIVILEGES, names, PrivilegeRows::defaultPrivilege),
                    runner.list(CatalogQuery.ROUTINES, names, RoutineRows::routine),
                    runner.list(CatalogQuery.TRIGGERS, names, TriggerRows::trigger));
        }
    }

    private static Catalog readFirstHalf(QueryRunner runner, List<Schema> schemas, List<String> names,
            ReadOnlySnapshot.Work<SecondHalf> secondHalf) throws SQLException {
        List<TableRows.Owned<Column>> columns = runner.list(CatalogQuery.COLUMNS, names, TableRows::column);
        List<TableHeader> headers = runner.list(CatalogQuery.TABLES, names, CatalogReader::tableHeader);
        List<EnumType> enums = runner.list(CatalogQuery.ENUMS, names, ObjectRows::enumType);
        List<Sequence> sequences = runner.list(CatalogQuery.SEQUENCES, names, ObjectRows::sequence);
        List<Extension> extensions = runner.list(CatalogQuery.EXTENSIONS, names, ObjectRows::extension);
        List<EventTrigger> eventTriggers = runner.list(CatalogQuery.EVENT_TRIGGERS, names, TriggerRows::eventTrigger);
        Map<QualifiedName, List<DomainConstraint>> domainConstraints = TypeRows.domainConstraints(runner, names);
        List<Domain> domains = runner.list(CatalogQuery.DOMAINS, names, row -> TypeRows.domain(row, domainConstraints));
        List<Policy> policies = runner.list(CatalogQuery.POLICIES, names, PolicyRows::policy);
        List<Privilege> privileges = runner.list(CatalogQuery.PRIVILEGES, names, PrivilegeRows::privilege);
        List<Collation> collations = runner.list(CatalogQuery.COLLATIONS, names, ObjectRows::collation);
        List<ExtendedStatistics> statistics = runner.list(CatalogQuery.STATISTICS, names, RelationRows::statistics);
        List<Aggregate> aggregates = runner.list(CatalogQuery.AGGREGATES, names, RoutineRows::aggregate);
        List<RangeType> rangeTypes = runner.list(CatalogQuery.RANGE_TYPES, names, TypeRows::rangeType);
        Catalog.Builder rest = Catalog.builder()
                .casts(runner.list(CatalogQuery.CASTS, names, OperatorRows::cast))
                .operators(runner.list(CatalogQuery.OPERATORS, names, OperatorRows::operator))
                .operatorFamilies(runner.list(CatalogQuery.OPERATOR_FAMILIES, names, OperatorRows::operatorFamily))
                .operatorClasses(runner.list(CatalogQuery.OPERATOR_CLASSES, names, OperatorRows::operatorClass))
                .textSearchDictionaries(runner.list(CatalogQuery.TEXT_SEARCH_DICTIONARIES, names,
                        TextSearchRows::dictionary))
                .textSearchConfigurations(runner.list(CatalogQuery.TEXT_SEARCH_CONFIGURATIONS, names,
                        TextSearchRows::configuration))
                .conversions(runner.list(CatalogQuery.CONVERSIONS, names, OperatorRows::conversion))
                .textSearchTemplates(runner.list(CatalogQuery.TEXT_SEARCH_TEMPLATES, names, TextSearchRows::template))
                .textSearchParsers(runner.list(CatalogQuery.TEXT_SEARCH_PARSERS, names, TextSearchRows::parser))
                .foreignDataWrappers(runner.list(CatalogQuery.FOREIGN_DATA_WRAPPERS, ForeignRows::wrapper))
                .foreignServers(runner.list(CatalogQuery.FOREIGN_SERVERS, ForeignRows::server))
                .userMappings(runner.list(CatalogQuery.USER_MAPPINGS, ForeignRows::userMapping))
                .publications(PublicationRows.read(runner));
        SecondHalf second = secondHalf.run();
        RelationParts parts = RelationParts.of(columns, second.constraints(), second.indexes());
        // views and composite types take their columns from the parts, so they are read once the parts are whole
        List<View> views = runner.list(CatalogQuery.VIEWS, names, row -> RelationRows.view(row, parts));
        List<CompositeType> compositeTypes = runner.list(CatalogQuery.COMPOSITE_TYPES, names,
                row -> TypeRows.compositeType(row, parts));
        return rest.schemas(schemas).tables(tables(headers, parts)).enums(enums).sequences(sequences)
                .extensions(extensions).views(views).routines(second.routines()).triggers(second.triggers())
                .eventTriggers(eventTriggers).domains(domains).compositeTypes(compositeTypes).policies(policies)
                .dependencies(second.dependencies()).privileges(privileges).collations(collations)
                .statistics(statistics).aggregates(aggregates).rangeTypes(rangeTypes).owners(second.owners())
                .defaultPrivileges(second.defaultPrivileges())
                .build();
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

    private static List<Table> tables(List<TableHeader> headers, RelationParts parts) {
        return headers.stream()
                .map(header -> new Table(
                        header.name(),
                        parts.columns(header.name()),
                        parts.constraints(header.name()),
                        parts.indexes(header.name()),
                        header.comment(),
                        header.properties()))
                .toList();
    }

    private record TableHeader(QualifiedName name, String comment, TableProperties properties) {}

    private static TableHeader tableHeader(ResultSet row) throws SQLException {
        return new TableHeader(TableRows.table(row), row.getString("comment"), TableRows.properties(row));
    }
}
