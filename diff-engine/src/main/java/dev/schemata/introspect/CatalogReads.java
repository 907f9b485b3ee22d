package dev.schemata.introspect;

import dev.schemata.catalog.Aggregate;
import dev.schemata.catalog.Cast;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Collation;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.CompositeType;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.Conversion;
import dev.schemata.catalog.DefaultPrivilege;
import dev.schemata.catalog.Dependency;
import dev.schemata.catalog.Domain;
import dev.schemata.catalog.EnumType;
import dev.schemata.catalog.EventTrigger;
import dev.schemata.catalog.ExtendedStatistics;
import dev.schemata.catalog.Extension;
import dev.schemata.catalog.ForeignDataWrapper;
import dev.schemata.catalog.ForeignServer;
import dev.schemata.catalog.Index;
import dev.schemata.catalog.Operator;
import dev.schemata.catalog.OperatorClass;
import dev.schemata.catalog.OperatorFamily;
import dev.schemata.catalog.Owner;
import dev.schemata.catalog.Policy;
import dev.schemata.catalog.Privilege;
import dev.schemata.catalog.Publication;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.RangeType;
import dev.schemata.catalog.Routine;
import dev.schemata.catalog.Schema;
import dev.schemata.catalog.Sequence;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.TableProperties;
import dev.schemata.catalog.TextSearchConfiguration;
import dev.schemata.catalog.TextSearchDictionary;
import dev.schemata.catalog.TextSearchParser;
import dev.schemata.catalog.TextSearchTemplate;
import dev.schemata.catalog.Trigger;
import dev.schemata.catalog.UserMapping;
import dev.schemata.catalog.View;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * What one read of a database's catalog queries, and the catalog it makes of the rows. The queries are a
 * {@link QueryQueue}, largest first (at 1000 tables: columns, indexes, constraints, dependencies, privileges,
 * tables); each keeps its rows in a field of its own, written by whichever connection ran it and read once the
 * queue is done. Views and composite types take their columns from the relation parts, so they are read after
 * the queue, on the first connection.
 */
final class CatalogReads {
    private final List<Schema> schemas;
    private final List<String> names;
    private final QueryQueue queue;

    private List<TableRows.Owned<Column>> columns;
    private List<TableRows.Owned<Index>> indexes;
    private List<TableRows.Owned<Constraint>> constraints;
    private List<Dependency> dependencies;
    private List<Privilege> privileges;
    private List<TableHeader> headers;
    private List<Owner> owners;
    private List<Routine> routines;
    private List<Trigger> triggers;
    private List<DefaultPrivilege> defaultPrivileges;
    private List<EnumType> enums;
    private List<Sequence> sequences;
    private List<Extension> extensions;
    private List<EventTrigger> eventTriggers;
    private List<Domain> domains;
    private List<Policy> policies;
    private List<Collation> collations;
    private List<ExtendedStatistics> statistics;
    private List<Aggregate> aggregates;
    private List<RangeType> rangeTypes;
    private List<Cast> casts;
    private List<Operator> operators;
    private List<OperatorFamily> operatorFamilies;
    private List<OperatorClass> operatorClasses;
    private List<TextSearchDictionary> textSearchDictionaries;
    private List<TextSearchConfiguration> textSearchConfigurations;
    private List<Conversion> conversions;
    private List<TextSearchTemplate> textSearchTemplates;
    private List<TextSearchParser> textSearchParsers;
    private List<ForeignDataWrapper> foreignDataWrappers;
    private List<ForeignServer> foreignServers;
    private List<UserMapping> userMappings;
    private List<Publication> publications;

    /** @param schemas the schemas in scope, already read */
    CatalogReads(List<Schema> schemas) {
        this.schemas = schemas;
        this.names = schemas.stream().map(Schema::name).toList();
        this.queue = new QueryQueue(List.of(
                r -> columns = r.list(CatalogQuery.COLUMNS, names, TableRows::column),
                r -> indexes = RelationParts.indexes(r, names),
                r -> constraints = RelationParts.constraints(r, names),
                r -> dependencies = r.list(CatalogQuery.DEPENDENCIES, names, DependencyRows::dependency),
                r -> privileges = r.list(CatalogQuery.PRIVILEGES, names, PrivilegeRows::privilege),
                r -> headers = r.list(CatalogQuery.TABLES, names, CatalogReads::tableHeader),
                r -> owners = r.list(CatalogQuery.OWNERS, names, PrivilegeRows::owner),
                r -> routines = r.list(CatalogQuery.ROUTINES, names, RoutineRows::routine),
                r -> triggers = r.list(CatalogQuery.TRIGGERS, names, TriggerRows::trigger),
                r -> defaultPrivileges = r.list(CatalogQuery.DEFAULT_PRIVILEGES, names,
                        PrivilegeRows::defaultPrivilege),
                r -> enums = r.list(CatalogQuery.ENUMS, names, ObjectRows::enumType),
                r -> sequences = r.list(CatalogQuery.SEQUENCES, names, ObjectRows::sequence),
                r -> extensions = r.list(CatalogQuery.EXTENSIONS, names, ObjectRows::extension),
                r -> eventTriggers = r.list(CatalogQuery.EVENT_TRIGGERS, names, TriggerRows::eventTrigger),
                r -> {
                    var domainConstraints = TypeRows.domainConstraints(r, names);
                    domains = r.list(CatalogQuery.DOMAINS, names, row -> TypeRows.domain(row, domainConstraints));
                },
                r -> policies = r.list(CatalogQuery.POLICIES, names, PolicyRows::policy),
                r -> collations = r.list(CatalogQuery.COLLATIONS, names, ObjectRows::collation),
                r -> statistics = r.list(CatalogQuery.STATISTICS, names, RelationRows::statistics),
                r -> aggregates = r.list(CatalogQuery.AGGREGATES, names, RoutineRows::aggregate),
                r -> rangeTypes = r.list(CatalogQuery.RANGE_TYPES, names, TypeRows::rangeType),
                r -> casts = r.list(CatalogQuery.CASTS, names, OperatorRows::cast),
                r -> operators = r.list(CatalogQuery.OPERATORS, names, OperatorRows::operator),
                r -> operatorFamilies = r.list(CatalogQuery.OPERATOR_FAMILIES, names, OperatorRows::operatorFamily),
                r -> operatorClasses = r.list(CatalogQuery.OPERATOR_CLASSES, names, OperatorRows::operatorClass),
                r -> textSearchDictionaries = r.list(CatalogQuery.TEXT_SEARCH_DICTIONARIES, names,
                        TextSearchRows::dictionary),
                r -> textSearchConfigurations = r.list(CatalogQuery.TEXT_SEARCH_CONFIGURATIONS, names,
                        TextSearchRows::configuration),
                r -> conversions = r.list(CatalogQuery.CONVERSIONS, names, OperatorRows::conversion),
                r -> textSearchTemplates = r.list(CatalogQuery.TEXT_SEARCH_TEMPLATES, names, TextSearchRows::template),
                r -> textSearchParsers = r.list(CatalogQuery.TEXT_SEARCH_PARSERS, names, TextSearchRows::parser),
                r -> foreignDataWrappers = r.list(CatalogQuery.FOREIGN_DATA_WRAPPERS, ForeignRows::wrapper),
                r -> foreignServers = r.list(CatalogQuery.FOREIGN_SERVERS, ForeignRows::server),
                r -> userMappings = r.list(CatalogQuery.USER_MAPPINGS, ForeignRows::userMapping),
                r -> publications = PublicationRows.read(r)));
    }

    QueryQueue queue() {
        return queue;
    }

    /** The catalog, once the queue is done: reads the views and composite types on {@code runner} first. */
    Catalog catalog(QueryRunner runner) throws SQLException {
        RelationParts parts = RelationParts.of(columns, constraints, indexes);
        List<View> views = runner.list(CatalogQuery.VIEWS, names, row -> RelationRows.view(row, parts));
        List<CompositeType> compositeTypes = runner.list(CatalogQuery.COMPOSITE_TYPES, names,
                row -> TypeRows.compositeType(row, parts));
        return Catalog.builder()
                .schemas(schemas).tables(tables(headers, parts)).enums(enums).sequences(sequences)
                .extensions(extensions).views(views).routines(routines).triggers(triggers)
                .eventTriggers(eventTriggers).domains(domains).compositeTypes(compositeTypes).policies(policies)
                .dependencies(dependencies).privileges(privileges).collations(collations)
                .statistics(statistics).aggregates(aggregates).rangeTypes(rangeTypes).owners(owners)
                .defaultPrivileges(defaultPrivileges)
                .casts(casts).operators(operators).operatorFamilies(operatorFamilies).operatorClasses(operatorClasses)
                .textSearchDictionaries(textSearchDictionaries).textSearchConfigurations(textSearchConfigurations)
                .conversions(conversions).textSearchTemplates(textSearchTemplates).textSearchParsers(textSearchParsers)
                .foreignDataWrappers(foreignDataWrappers).foreignServers(foreignServers).userMappings(userMappings)
                .publications(publications)
                .build();
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
