package dev.schemata.introspect;

import dev.schemata.SchemaFilter;
import dev.schemata.catalog.Aggregate;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Collation;
import dev.schemata.catalog.CompositeType;
import dev.schemata.catalog.Dependency;
import dev.schemata.catalog.Domain;
import dev.schemata.catalog.DomainConstraint;
import dev.schemata.catalog.EnumType;
import dev.schemata.catalog.EventTrigger;
import dev.schemata.catalog.ExtendedStatistics;
import dev.schemata.catalog.Extension;
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

    static Catalog read(QueryRunner runner, SchemaFilter filter) {
        try {
            return TableExclusion.apply(
                    ReadOnlySnapshot.run(runner.connection(), () -> readInSnapshot(runner, filter)), filter);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database schema (SQLSTATE " + e.getSQLState()
                    + "): " + e.getMessage(), e);
        }
    }

    private static Catalog readInSnapshot(QueryRunner runner, SchemaFilter filter) throws SQLException {
        List<Schema> schemas = runner.list(CatalogQuery.SCHEMAS, ObjectRows::schema).stream()
                .filter(s -> filter.accepts(s.name()))
                .toList();
        List<String> names = schemas.stream().map(Schema::name).toList();
        RelationParts parts = RelationParts.read(runner, names);
        List<Table> tables = readTables(runner, names, parts);
        List<EnumType> enums = runner.list(CatalogQuery.ENUMS, names, ObjectRows::enumType);
        List<Sequence> sequences = runner.list(CatalogQuery.SEQUENCES, names, ObjectRows::sequence);
        List<Extension> extensions = runner.list(CatalogQuery.EXTENSIONS, names, ObjectRows::extension);
        List<View> views = runner.list(CatalogQuery.VIEWS, names, row -> RelationRows.view(row, parts));
        List<Routine> routines = runner.list(CatalogQuery.ROUTINES, names, RoutineRows::routine);
        List<Trigger> triggers = runner.list(CatalogQuery.TRIGGERS, names, TriggerRows::trigger);
        List<EventTrigger> eventTriggers = runner.list(CatalogQuery.EVENT_TRIGGERS, names, TriggerRows::eventTrigger);
        Map<QualifiedName, List<DomainConstraint>> domainConstraints = TypeRows.domainConstraints(runner, names);
        List<Domain> domains = runner.list(CatalogQuery.DOMAINS, names, row -> TypeRows.domain(row, domainConstraints));
        List<CompositeType> compositeTypes = runner.list(CatalogQuery.COMPOSITE_TYPES, names,
                row -> TypeRows.compositeType(row, parts));
        List<Policy> policies = runner.list(CatalogQuery.POLICIES, names, PolicyRows::policy);
        List<Dependency> dependencies = runner.list(CatalogQuery.DEPENDENCIES, names, DependencyRows::dependency);
        List<Privilege> privileges = runner.list(CatalogQuery.PRIVILEGES, names, PrivilegeRows::privilege);
        List<Collation> collations = runner.list(CatalogQuery.COLLATIONS, names, ObjectRows::collation);
        List<ExtendedStatistics> statistics = runner.list(CatalogQuery.STATISTICS, names, RelationRows::statistics);
        List<Aggregate> aggregates = runner.list(CatalogQuery.AGGREGATES, names, RoutineRows::aggregate);
        List<RangeType> rangeTypes = runner.list(CatalogQuery.RANGE_TYPES, names, TypeRows::rangeType);
        List<Owner> owners = runner.list(CatalogQuery.OWNERS, names, PrivilegeRows::owner);
        List<DefaultPrivilege> defaultPrivileges = runner.list(CatalogQuery.DEFAULT_PRIVILEGES, names,
                PrivilegeRows::defaultPrivilege);
        return new Catalog(schemas, tables, enums, sequences, extensions, views, routines, triggers, eventTriggers,
                domains, compositeTypes, policies, dependencies, privileges, collations, statistics, aggregates,
                rangeTypes,
                runner.list(CatalogQuery.CASTS, names, OperatorRows::cast),
                runner.list(CatalogQuery.OPERATORS, names, OperatorRows::operator),
                runner.list(CatalogQuery.OPERATOR_FAMILIES, names, OperatorRows::operatorFamily),
                runner.list(CatalogQuery.OPERATOR_CLASSES, names, OperatorRows::operatorClass),
                runner.list(CatalogQuery.TEXT_SEARCH_DICTIONARIES, names, TextSearchRows::dictionary),
                runner.list(CatalogQuery.TEXT_SEARCH_CONFIGURATIONS, names, TextSearchRows::configuration),
                runner.list(CatalogQuery.CONVERSIONS, names, OperatorRows::conversion),
                runner.list(CatalogQuery.TEXT_SEARCH_TEMPLATES, names, TextSearchRows::template),
                runner.list(CatalogQuery.TEXT_SEARCH_PARSERS, names, TextSearchRows::parser),
                runner.list(CatalogQuery.FOREIGN_DATA_WRAPPERS, ForeignRows::wrapper),
                runner.list(CatalogQuery.FOREIGN_SERVERS, ForeignRows::server),
                runner.list(CatalogQuery.USER_MAPPINGS, ForeignRows::userMapping), PublicationRows.read(runner),
                owners, defaultPrivileges);
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

    private static List<Table> readTables(QueryRunner runner, List<String> schemas, RelationParts parts)
            throws SQLException {
        return runner.list(CatalogQuery.TABLES, schemas, CatalogReader::tableHeader).stream()
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
