package dev.schemata.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything Schemata knows about one database's schema: immutable, each list sorted by identity,
 * so that two catalogs of the same schema are equal and print the same.
 *
 * @param schemas the schemas in scope
 * @param tables ordinary and partitioned tables, partitions included
 * @param enums enum types
 * @param sequences sequences other than identity sequences
 * @param extensions installed extensions whose schema is in scope
 * @param views views and materialized views
 * @param routines functions and procedures, sorted by name and argument types
 * @param triggers triggers on tables and views, sorted by table and name
 * @param eventTriggers event triggers whose function is in scope
 * @param domains domains
 * @param compositeTypes composite types made by {@code CREATE TYPE ... AS (...)}
 * @param policies row level security policies, sorted by table and name
 * @param dependencies what views, routines, tables, domains and composite types need, as PostgreSQL tracks it
 * @param privileges privileges that differ from PostgreSQL's defaults, on schemas and the objects in them
 * @param collations collations made by {@code CREATE COLLATION}
 * @param statistics extended statistics objects
 * @param aggregates user-defined aggregates, sorted by name and argument types
 * @param rangeTypes range types
 * @param casts user-defined casts whose source, target or function is in scope, sorted by source and target type
 * @param operators user-defined operators, sorted by name and operand types
 * @param operatorFamilies operator families
 * @param operatorClasses operator classes
 * @param textSearchDictionaries text search dictionaries
 * @param textSearchConfigurations text search configurations
 * @param conversions encoding conversions
 * @param textSearchTemplates text search templates
 * @param textSearchParsers text search parsers
 * @param foreignDataWrappers foreign data wrappers that no extension owns (database-wide)
 * @param foreignServers foreign servers (database-wide)
 * @param userMappings user mappings of the foreign servers, sorted by server and user
 * @param publications publications (database-wide)
 * @param owners the owners of the schemas and of the objects privileges cover; not in the canonical text
 * @param defaultPrivileges default privileges for objects created later that differ from the built-in ones
 */
public record Catalog(
        List<Schema> schemas,
        List<Table> tables,
        List<EnumType> enums,
        List<Sequence> sequences,
        List<Extension> extensions,
        List<View> views,
        List<Routine> routines,
        List<Trigger> triggers,
        List<EventTrigger> eventTriggers,
        List<Domain> domains,
        List<CompositeType> compositeTypes,
        List<Policy> policies,
        List<Dependency> dependencies,
        List<Privilege> privileges,
        List<Collation> collations,
        List<ExtendedStatistics> statistics,
        List<Aggregate> aggregates,
        List<RangeType> rangeTypes,
        List<Cast> casts,
        List<Operator> operators,
        List<OperatorFamily> operatorFamilies,
        List<OperatorClass> operatorClasses,
        List<TextSearchDictionary> textSearchDictionaries,
        List<TextSearchConfiguration> textSearchConfigurations,
        List<Conversion> conversions,
        List<TextSearchTemplate> textSearchTemplates,
        List<TextSearchParser> textSearchParsers,
        List<ForeignDataWrapper> foreignDataWrappers,
        List<ForeignServer> foreignServers,
        List<UserMapping> userMappings,
        List<Publication> publications,
        List<Owner> owners,
        List<DefaultPrivilege> defaultPrivileges) {

    public Catalog {
        schemas = sorted(schemas, Comparator.comparing(Schema::name));
        tables = sorted(tables, Comparator.comparing(Table::name));
        enums = sorted(enums, Comparator.comparing(EnumType::name));
        sequences = sorted(sequences, Comparator.comparing(Sequence::name));
        extensions = sorted(extensions, Comparator.comparing(Extension::name));
        views = sorted(views, Comparator.comparing(View::name));
        routines = sorted(routines, Routine.ORDER);
        triggers = sorted(triggers, Trigger.ORDER);
        eventTriggers = sorted(eventTriggers, Comparator.comparing(EventTrigger::name));
        domains = sorted(domains, Comparator.comparing(Domain::name));
        compositeTypes = sorted(compositeTypes, Comparator.comparing(CompositeType::name));
        policies = sorted(policies, Policy.ORDER);
        dependencies = sorted(dependencies, Dependency.ORDER);
        privileges = sorted(privileges, Privilege.ORDER);
        collations = sorted(collations, Comparator.comparing(Collation::name));
        statistics = sorted(statistics, Comparator.comparing(ExtendedStatistics::name));
        aggregates = sorted(aggregates, Aggregate.ORDER);
        rangeTypes = sorted(rangeTypes, Comparator.comparing(RangeType::name));
        casts = sorted(casts, Cast.ORDER);
        operators = sorted(operators, Operator.ORDER);
        operatorFamilies = sorted(operatorFamilies, OperatorFamily.ORDER);
        operatorClasses = sorted(operatorClasses, OperatorClass.ORDER);
        textSearchDictionaries = sorted(textSearchDictionaries, Comparator.comparing(TextSearchDictionary::name));
        textSearchConfigurations = sorted(textSearchConfigurations, Comparator.comparing(TextSearchConfiguration::name));
        conversions = sorted(conversions, Comparator.comparing(Conversion::name));
        textSearchTemplates = sorted(textSearchTemplates, Comparator.comparing(TextSearchTemplate::name));
        textSearchParsers = sorted(textSearchParsers, Comparator.comparing(TextSearchParser::name));
        foreignDataWrappers = sorted(foreignDataWrappers, Comparator.comparing(ForeignDataWrapper::name));
        foreignServers = sorted(foreignServers, Comparator.comparing(ForeignServer::name));
        userMappings = sorted(userMappings, Comparator.comparing(UserMapping::server)
                .thenComparing(UserMapping::user, Comparator.nullsFirst(Comparator.naturalOrder())));
        publications = sorted(publications, Comparator.comparing(Publication::name));
        owners = sorted(owners, Owner.ORDER);
        defaultPrivileges = sorted(defaultPrivileges, DefaultPrivilege.ORDER);
    }

    /** A catalog of the foundation kinds only: every later kind empty. */
    public Catalog(List<Schema> schemas, List<Table> tables, List<EnumType> enums, List<Sequence> sequences) {
        this(schemas, tables, enums, sequences, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public static Catalog empty() {
        return new Catalog(List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Extension> extension(String name) {
        return extensions.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Optional<Table> table(QualifiedName name) {
        return find(tables, Table::name, name);
    }

    /**
     * The tables the table is a partition of or inherits from, their parents in turn, and so on: nearest first,
     * each once, the partitioned parent before the inherited ones. Empty for a table the catalog lacks.
     */
    public List<QualifiedName> ancestors(QualifiedName table) {
        List<QualifiedName> found = new ArrayList<>();
        List<QualifiedName> next = new ArrayList<>(List.of(table));
        for (int i = 0; i < next.size(); i++) {
            table(next.get(i)).ifPresent(t -> {
                List<QualifiedName> parents = new ArrayList<>();
                if (t.properties().partitionOf() != null) {
                    parents.add(t.properties().partitionOf());
                }
                parents.addAll(t.properties().inherits());
                parents.stream().filter(p -> !found.contains(p) && !p.equals(table)).forEach(p -> {
                    found.add(p);
                    next.add(p);
                });
            });
        }
        return found;
    }

    /**
     * The tables that are partitions of the table or inherit from it, theirs in turn, and so on: each child
     * followed by its own descendants, children in catalog order, each once.
     */
    public List<QualifiedName> descendants(QualifiedName table) {
        List<QualifiedName> found = new ArrayList<>();
        addDescendants(table, found);
        return found;
    }

    /**
     * The table followed by its {@link #ancestors}: the tables whose column changes reach it, since a column
     * added, retyped or dropped on a parent is so on its children and partitions too.
     */
    public List<QualifiedName> withAncestors(QualifiedName table) {
        List<QualifiedName> found = new ArrayList<>(List.of(table));
        found.addAll(ancestors(table));
        return found;
    }

    /** The table followed by its {@link #descendants}: the tables a change to its columns reaches. */
    public List<QualifiedName> withDescendants(QualifiedName table) {
        List<QualifiedName> found = new ArrayList<>(List.of(table));
        found.addAll(descendants(table));
        return found;
    }

    private void addDescendants(QualifiedName table, List<QualifiedName> found) {
        for (Table t : tables) {
            boolean child = table.equals(t.properties().partitionOf()) || t.properties().inherits().contains(table);
            if (child && !found.contains(t.name())) {
                found.add(t.name());
                addDescendants(t.name(), found);
            }
        }
    }

    public Optional<EnumType> enumType(QualifiedName name) {
        return find(enums, EnumType::name, name);
    }

    public Optional<Sequence> sequence(QualifiedName name) {
        return find(sequences, Sequence::name, name);
    }

    public Optional<View> view(QualifiedName name) {
        return find(views, View::name, name);
    }

    /** The function or procedure with this name and input argument types ({@link Routine#argumentTypes()}). */
    public Optional<Routine> routine(QualifiedName name, String argumentTypes) {
        return routines.stream()
                .filter(r -> r.name().equals(name) && r.argumentTypes().equals(argumentTypes))
                .findFirst();
    }

    /** The triggers on one table or view, sorted by name. */
    public List<Trigger> triggersOn(QualifiedName table) {
        return triggers.stream().filter(t -> t.table().equals(table)).toList();
    }

    /** The policies on one table, sorted by name. */
    public List<Policy> policiesOn(QualifiedName table) {
        return policies.stream().filter(p -> p.table().equals(table)).toList();
    }

    public Optional<EventTrigger> eventTrigger(String name) {
        return eventTriggers.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Optional<ForeignServer> foreignServer(String name) {
        return foreignServers.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<Collation> collation(QualifiedName name) {
        return find(collations, Collation::name, name);
    }

    public Optional<Domain> domain(QualifiedName name) {
        return find(domains, Domain::name, name);
    }

    public Optional<RangeType> rangeType(QualifiedName name) {
        return find(rangeTypes, RangeType::name, name);
    }

    public Optional<CompositeType> compositeType(QualifiedName name) {
        return find(compositeTypes, CompositeType::name, name);
    }

    /** What one object needs, sorted. */
    public List<ObjectId> dependenciesOf(ObjectId dependent) {
        List<ObjectId> found = new ArrayList<>();
        for (int i = firstIndex(dependencies, Dependency::dependent, dependent); i < dependencies.size()
                && dependencies.get(i).dependent().equals(dependent); i++) {
            found.add(dependencies.get(i).referenced());
        }
        return List.copyOf(found);
    }

    /** The objects that need one object, sorted. */
    public List<ObjectId> dependentsOf(ObjectId referenced) {
        return dependencies.stream().filter(d -> d.referenced().equals(referenced)).map(Dependency::dependent).toList();
    }

    public Map<QualifiedName, Table> tablesByName() {
        return index(tables, Table::name);
    }

    public Map<QualifiedName, View> viewsByName() {
        return index(views, View::name);
    }

    /** Routines by {@link Routine#signature()}. */
    public Map<String, Routine> routinesBySignature() {
        Map<String, Routine> map = new LinkedHashMap<>();
        routines.forEach(r -> map.put(r.signature(), r));
        return map;
    }

    public Map<QualifiedName, Domain> domainsByName() {
        return index(domains, Domain::name);
    }

    public Map<QualifiedName, CompositeType> compositeTypesByName() {
        return index(compositeTypes, CompositeType::name);
    }

    public Map<QualifiedName, EnumType> enumsByName() {
        return index(enums, EnumType::name);
    }

    public Map<QualifiedName, Sequence> sequencesByName() {
        return index(sequences, Sequence::name);
    }

    /** True when the catalog declares no object at all (schemas alone do not count). */
    public boolean isEmpty() {
        return tables.isEmpty() && enums.isEmpty() && sequences.isEmpty() && extensions.isEmpty()
                && views.isEmpty() && routines.isEmpty() && triggers.isEmpty() && eventTriggers.isEmpty()
                && domains.isEmpty() && compositeTypes.isEmpty() && policies.isEmpty() && collations.isEmpty()
                && statistics.isEmpty() && aggregates.isEmpty() && rangeTypes.isEmpty() && casts.isEmpty()
                && operators.isEmpty() && operatorFamilies.isEmpty() && operatorClasses.isEmpty()
                && textSearchDictionaries.isEmpty() && textSearchConfigurations.isEmpty() && conversions.isEmpty()
                && textSearchTemplates.isEmpty() && textSearchParsers.isEmpty()
                && foreignDataWrappers.isEmpty() && foreignServers.isEmpty() && userMappings.isEmpty()
                && publications.isEmpty();
    }

    /** The canonical text form: one line per fact, stable across runs, for tests and debugging. */
    public String toCanonicalText() {
        return CanonicalText.of(this);
    }

    /** A SHA-256 over the canonical text, as lowercase hex. */
    public String fingerprint() {
        return CanonicalText.fingerprint(toCanonicalText());
    }

    /** A builder for a catalog: every list starts empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts with this catalog's lists, to make a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.schemas = schemas;
        b.tables = tables;
        b.enums = enums;
        b.sequences = sequences;
        b.extensions = extensions;
        b.views = views;
        b.routines = routines;
        b.triggers = triggers;
        b.eventTriggers = eventTriggers;
        b.domains = domains;
        b.compositeTypes = compositeTypes;
        b.policies = policies;
        b.dependencies = dependencies;
        b.privileges = privileges;
        b.collations = collations;
        b.statistics = statistics;
        b.aggregates = aggregates;
        b.rangeTypes = rangeTypes;
        b.casts = casts;
        b.operators = operators;
        b.operatorFamilies = operatorFamilies;
        b.operatorClasses = operatorClasses;
        b.textSearchDictionaries = textSearchDictionaries;
        b.textSearchConfigurations = textSearchConfigurations;
        b.conversions = conversions;
        b.textSearchTemplates = textSearchTemplates;
        b.textSearchParsers = textSearchParsers;
        b.foreignDataWrappers = foreignDataWrappers;
        b.foreignServers = foreignServers;
        b.userMappings = userMappings;
        b.publications = publications;
        b.owners = owners;
        b.defaultPrivileges = defaultPrivileges;
        return b;
    }

    /** Builds a catalog without depending on the order of its many components. */
    public static final class Builder {
        private List<Schema> schemas = List.of();
        private List<Table> tables = List.of();
        private List<EnumType> enums = List.of();
        private List<Sequence> sequences = List.of();
        private List<Extension> extensions = List.of();
        private List<View> views = List.of();
        private List<Routine> routines = List.of();
        private List<Trigger> triggers = List.of();
        private List<EventTrigger> eventTriggers = List.of();
        private List<Domain> domains = List.of();
        private List<CompositeType> compositeTypes = List.of();
        private List<Policy> policies = List.of();
        private List<Dependency> dependencies = List.of();
        private List<Privilege> privileges = List.of();
        private List<Collation> collations = List.of();
        private List<ExtendedStatistics> statistics = List.of();
        private List<Aggregate> aggregates = List.of();
        private List<RangeType> rangeTypes = List.of();
        private List<Cast> casts = List.of();
        private List<Operator> operators = List.of();
        private List<OperatorFamily> operatorFamilies = List.of();
        private List<OperatorClass> operatorClasses = List.of();
        private List<TextSearchDictionary> textSearchDictionaries = List.of();
        private List<TextSearchConfiguration> textSearchConfigurations = List.of();
        private List<Conversion> conversions = List.of();
        private List<TextSearchTemplate> textSearchTemplates = List.of();
        private List<TextSearchParser> textSearchParsers = List.of();
        private List<ForeignDataWrapper> foreignDataWrappers = List.of();
        private List<ForeignServer> foreignServers = List.of();
        private List<UserMapping> userMappings = List.of();
        private List<Publication> publications = List.of();
        private List<Owner> owners = List.of();
        private List<DefaultPrivilege> defaultPrivileges = List.of();

        public Builder schemas(List<Schema> value) {
            this.schemas = value;
            return this;
        }

        public Builder tables(List<Table> value) {
            this.tables = value;
            return this;
        }

        public Builder enums(List<EnumType> value) {
            this.enums = value;
            return this;
        }

        public Builder sequences(List<Sequence> value) {
            this.sequences = value;
            return this;
        }

        public Builder extensions(List<Extension> value) {
            this.extensions = value;
            return this;
        }

        public Builder views(List<View> value) {
            this.views = value;
            return this;
        }

        public Builder routines(List<Routine> value) {
            this.routines = value;
            return this;
        }

        public Builder triggers(List<Trigger> value) {
            this.triggers = value;
            return this;
        }

        public Builder eventTriggers(List<EventTrigger> value) {
            this.eventTriggers = value;
            return this;
        }

        public Builder domains(List<Domain> value) {
            this.domains = value;
            return this;
        }

        public Builder compositeTypes(List<CompositeType> value) {
            this.compositeTypes = value;
            return this;
        }

        public Builder policies(List<Policy> value) {
            this.policies = value;
            return this;
        }

        public Builder dependencies(List<Dependency> value) {
            this.dependencies = value;
            return this;
        }

        public Builder privileges(List<Privilege> value) {
            this.privileges = value;
            return this;
        }

        public Builder collations(List<Collation> value) {
            this.collations = value;
            return this;
        }

        public Builder statistics(List<ExtendedStatistics> value) {
            this.statistics = value;
            return this;
        }

        public Builder aggregates(List<Aggregate> value) {
            this.aggregates = value;
            return this;
        }

        public Builder rangeTypes(List<RangeType> value) {
            this.rangeTypes = value;
            return this;
        }

        public Builder casts(List<Cast> value) {
            this.casts = value;
            return this;
        }

        public Builder operators(List<Operator> value) {
            this.operators = value;
            return this;
        }

        public Builder operatorFamilies(List<OperatorFamily> value) {
            this.operatorFamilies = value;
            return this;
        }

        public Builder operatorClasses(List<OperatorClass> value) {
            this.operatorClasses = value;
            return this;
        }

        public Builder textSearchDictionaries(List<TextSearchDictionary> value) {
            this.textSearchDictionaries = value;
            return this;
        }

        public Builder textSearchConfigurations(List<TextSearchConfiguration> value) {
            this.textSearchConfigurations = value;
            return this;
        }

        public Builder conversions(List<Conversion> value) {
            this.conversions = value;
            return this;
        }

        public Builder textSearchTemplates(List<TextSearchTemplate> value) {
            this.textSearchTemplates = value;
            return this;
        }

        public Builder textSearchParsers(List<TextSearchParser> value) {
            this.textSearchParsers = value;
            return this;
        }

        public Builder foreignDataWrappers(List<ForeignDataWrapper> value) {
            this.foreignDataWrappers = value;
            return this;
        }

        public Builder foreignServers(List<ForeignServer> value) {
            this.foreignServers = value;
            return this;
        }

        public Builder userMappings(List<UserMapping> value) {
            this.userMappings = value;
            return this;
        }

        public Builder publications(List<Publication> value) {
            this.publications = value;
            return this;
        }

        public Builder owners(List<Owner> value) {
            this.owners = value;
            return this;
        }

        public Builder defaultPrivileges(List<DefaultPrivilege> value) {
            this.defaultPrivileges = value;
            return this;
        }

        public Catalog build() {
            return new Catalog(schemas, tables, enums, sequences, extensions, views, routines, triggers,
                    eventTriggers, domains, compositeTypes, policies, dependencies, privileges, collations, statistics,
                    aggregates, rangeTypes, casts, operators, operatorFamilies, operatorClasses, textSearchDictionaries,
                    textSearchConfigurations, conversions, textSearchTemplates, textSearchParsers, foreignDataWrappers,
                    foreignServers, userMappings, publications, owners, defaultPrivileges);
        }

        private Builder() {}
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        return items.stream().sorted(order).toList();
    }

    /**
     * The first item with the name, by binary search: the lists are sorted by name in the constructor, and the
     * diff and the planner look names up once per change, which a scan would make quadratic.
     */
    private static <T> Optional<T> find(List<T> items, Function<T, QualifiedName> key, QualifiedName name) {
        int i = firstIndex(items, key, name);
        return i < items.size() && key.apply(items.get(i)).equals(name) ? Optional.of(items.get(i)) : Optional.empty();
    }

    /** In a list sorted by {@code key}, the index of the first item whose key is not below {@code sought}. */
    private static <T, K extends Comparable<K>> int firstIndex(List<T> items, Function<T, K> key, K sought) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (key.apply(items.get(middle)).compareTo(sought) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static <T> Map<QualifiedName, T> index(List<T> items, Function<T, QualifiedName> key) {
        Map<QualifiedName, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(key.apply(i), i));
        return map;
    }
}
