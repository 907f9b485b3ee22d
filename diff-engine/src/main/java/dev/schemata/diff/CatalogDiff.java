package dev.schemata.diff;

import dev.schemata.catalog.Cast;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Conversion;
import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.TextSearchConfiguration;
import dev.schemata.catalog.TextSearchDictionary;
import dev.schemata.catalog.TextSearchParser;
import dev.schemata.catalog.TextSearchTemplate;
import dev.schemata.catalog.Collation;
import dev.schemata.catalog.CompositeType;
import dev.schemata.catalog.EventTrigger;
import dev.schemata.catalog.Domain;
import dev.schemata.catalog.EnumType;
import dev.schemata.catalog.Extension;
import dev.schemata.catalog.Publication;
import dev.schemata.catalog.ForeignDataWrapper;
import dev.schemata.catalog.ForeignServer;
import dev.schemata.catalog.ExtendedStatistics;
import dev.schemata.catalog.Routine;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.RangeType;
import dev.schemata.catalog.Schema;
import dev.schemata.catalog.Sequence;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.View;
import dev.schemata.diff.Change.CreateEnum;
import dev.schemata.diff.Change.CreateSchema;
import dev.schemata.diff.Change.CreateSequence;
import dev.schemata.diff.Change.DropEnum;
import dev.schemata.diff.Change.DropSchema;
import dev.schemata.diff.Change.DropSequence;
import dev.schemata.diff.Change.DropTable;
import dev.schemata.diff.Change.DropView;
import dev.schemata.diff.Change.SetSequenceOwner;
import dev.schemata.diff.CommentTarget.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Compares two catalogs object by object, matching on identity (qualified name; column, constraint and
 * index name within a table), and lists the changes. Pure: no SQL, no I/O. The list is deterministic:
 * schemas, enums, sequences, tables, then views, each in name order; views in the way of a change follow.
 */
public final class CatalogDiff {
    private final List<Change> changes = new ArrayList<>();

    private CatalogDiff() {}

    /** The changes, privileges and owners left out (no role managed). */
    public static List<Change> diff(Catalog current, Catalog desired) {
        return diff(current, desired, Set.of());
    }

    /**
     * The changes, followed by those of the privileges, default privileges and owners of the managed roles
     * (role names, {@code PUBLIC} for PUBLIC): grants to other roles are ignored, and an owner is set only
     * where the desired one is managed.
     */
    public static List<Change> diff(Catalog current, Catalog desired, Set<String> managedRoles) {
        CatalogDiff diff = new CatalogDiff();
        Matching.match(current.schemas(), desired.schemas(), Schema::name,
                diff::addSchema, s -> diff.changes.add(new DropSchema(s)), diff::compareSchemas);
        Matching.match(current.extensions(), desired.extensions(), Extension::name,
                e -> ProgramDiff.addExtension(e, diff.changes), e -> diff.changes.add(new Change.DropExtension(e)),
                (from, to) -> ProgramDiff.compareExtensions(from, to, diff.changes));
        Matching.match(current.foreignDataWrappers(), desired.foreignDataWrappers(), ForeignDataWrapper::name,
                w -> ForeignDiff.addWrapper(w, diff.changes),
                w -> diff.changes.add(new Change.DropForeignDataWrapper(w)),
                (from, to) -> ForeignDiff.compareWrappers(from, to, diff.changes));
        Matching.match(current.foreignServers(), desired.foreignServers(), ForeignServer::name,
                s -> ForeignDiff.addServer(s, diff.changes), s -> diff.changes.add(new Change.DropServer(s)),
                (from, to) -> ForeignDiff.compareServers(from, to, diff.changes));
        Matching.match(current.userMappings(), desired.userMappings(), m -> m.server() + "\u0000" + m.user(),
                m -> diff.changes.add(new Change.CreateUserMapping(m)),
                m -> diff.changes.add(new Change.DropUserMapping(m)),
                (from, to) -> ForeignDiff.compareMappings(from, to, diff.changes));
        Matching.match(current.enums(), desired.enums(), EnumType::name,
                diff::addEnum, e -> diff.changes.add(new DropEnum(e)),
                (from, to) -> EnumDiff.compare(from, to, diff.changes));
        Matching.match(current.collations(), desired.collations(), Collation::name,
                c -> DatabaseObjectDiff.addCollation(c, diff.changes), c -> diff.changes.add(new Change.DropCollation(c)),
                (from, to) -> DatabaseObjectDiff.compareCollations(from, to, diff.changes));
        Matching.match(current.domains(), desired.domains(), Domain::name,
                d -> TypeDiff.addDomain(d, diff.changes), d -> diff.changes.add(new Change.DropDomain(d)),
                (from, to) -> TypeDiff.compareDomains(from, to, diff.changes));
        Matching.match(current.compositeTypes(), desired.compositeTypes(), CompositeType::name,
                t -> TypeDiff.addComposite(t, diff.changes), t -> diff.changes.add(new Change.DropCompositeType(t)),
                (from, to) -> TypeDiff.compareComposites(from, to, diff.changes));
        Matching.match(current.rangeTypes(), desired.rangeTypes(), RangeType::name,
                t -> TypeDiff.addRange(t, diff.changes), t -> diff.changes.add(new Change.DropRangeType(t)),
                (from, to) -> TypeDiff.compareRanges(from, to, diff.changes));
        Matching.match(current.sequences(), desired.sequences(), Sequence::name,
                diff::addSequence, s -> diff.changes.add(new DropSequence(s)), diff::compareSequences);
        Matching.match(current.tables(), desired.tables(), Table::name,
                t -> TableDiff.create(t, parent(t, desired), diff.changes), t -> diff.changes.add(new DropTable(t)),
                (from, to) -> TableDiff.compare(from, to, parent(to, desired), diff.changes));
        Matching.match(current.views(), desired.views(), View::name,
                v -> ViewDiff.create(v, diff.changes), v -> diff.changes.add(new DropView(v)),
                (from, to) -> ViewDiff.compare(from, to, diff.changes));
        Matching.match(current.routines(), desired.routines(), Routine::signature,
                r -> ProgramDiff.addRoutine(r, diff.changes), r -> diff.changes.add(new Change.DropRoutine(r)),
                (from, to) -> ProgramDiff.compareRoutines(from, to, diff.changes));
        Matching.match(current.aggregates(), desired.aggregates(), a -> a.name() + "(" + a.argumentTypes() + ")",
                a -> ProgramDiff.addAggregate(a, diff.changes), a -> diff.changes.add(new Change.DropAggregate(a)),
                (from, to) -> ProgramDiff.compareAggregates(from, to, diff.changes));
        Matching.match(current.statistics(), desired.statistics(), ExtendedStatistics::name,
                x -> ProgramDiff.addStatistics(x, diff.changes), x -> diff.changes.add(new Change.DropStatistics(x)),
                (from, to) -> ProgramDiff.compareStatistics(from, to, diff.changes));
        Matching.match(current.triggers(), desired.triggers(), t -> List.of(t.table(), t.name()),
                t -> ProgramDiff.addTrigger(t, diff.changes), t -> diff.changes.add(new Change.DropTrigger(t)),
                (from, to) -> ProgramDiff.compareTriggers(from, to, diff.changes));
        Matching.match(current.eventTriggers(), desired.eventTriggers(), EventTrigger::name,
                t -> DatabaseObjectDiff.addEventTrigger(t, diff.changes),
                t -> diff.changes.add(new Change.DropEventTrigger(t)),
                (from, to) -> DatabaseObjectDiff.compareEventTriggers(from, to, diff.changes));
        Matching.match(current.policies(), desired.policies(), p -> List.of(p.table(), p.name()),
                p -> PolicyDiff.add(p, diff.changes), p -> diff.changes.add(new Change.DropPolicy(p)),
                (from, to) -> PolicyDiff.compare(from, to, diff.changes));
        diff.operatorsAndTextSearch(current, desired);
        Matching.match(current.publications(), desired.publications(), Publication::name,
                p -> PublicationDiff.add(p, diff.changes), p -> diff.changes.add(new Change.DropPublication(p)),
                (from, to) -> PublicationDiff.compare(from, to, diff.changes));
        List<Change> inherited = InheritedColumns.apply(diff.changes, current, desired);
        List<Change> withChildIndexes = ChildIndexes.apply(inherited, current, desired);
        List<Change> withServers = ForeignRebuilds.apply(withChildIndexes, current, desired);
        List<Change> withPartitions = PartitionRebuilds.apply(withServers, current, desired);
        List<Change> withClones = DetachedClones.apply(withPartitions, current, desired);
        List<Change> withTables = RecreatedTables.apply(withClones, current, desired);
        List<Change> withObjects = ObjectRebuilds.apply(withTables, current, desired);
        List<Change> withViews = ViewRebuilds.apply(withObjects, current, desired);
        List<Change> withDependents = DependentRebuilds.apply(withViews, current, desired);
        List<Change> rejoined = PublicationDiff.rejoin(withDependents, current, desired);
        return List.copyOf(PrivilegeDiff.apply(rejoined, current, desired, managedRoles));
    }

    private void operatorsAndTextSearch(Catalog current, Catalog desired) {
        Matching.match(current.casts(), desired.casts(), Cast::sqlSignature,
                c -> OperatorDiff.addCast(c, changes), c -> changes.add(new Change.DropCast(c)),
                (from, to) -> OperatorDiff.compareCasts(from, to, changes));
        Matching.match(current.operators(), desired.operators(), ObjectId::of,
                o -> OperatorDiff.addOperator(o, changes), o -> changes.add(new Change.DropOperator(o)),
                (from, to) -> OperatorDiff.compareOperators(from, to, changes));
        Matching.match(current.operatorFamilies(), desired.operatorFamilies(), ObjectId::of,
                f -> OperatorDiff.addFamily(f, changes), f -> changes.add(new Change.DropOperatorFamily(f)),
                (from, to) -> OperatorDiff.compareFamilies(from, to, changes));
        Matching.match(current.operatorClasses(), desired.operatorClasses(), ObjectId::of,
                c -> OperatorDiff.addClass(c, changes), c -> changes.add(new Change.DropOperatorClass(c)),
                (from, to) -> OperatorDiff.compareClasses(from, to, changes));
        Matching.match(current.textSearchTemplates(), desired.textSearchTemplates(), TextSearchTemplate::name,
                t -> TextSearchDiff.addTemplate(t, changes), t -> changes.add(new Change.DropTextSearchTemplate(t)),
                (from, to) -> TextSearchDiff.compareTemplates(from, to, changes));
        Matching.match(current.textSearchParsers(), desired.textSearchParsers(), TextSearchParser::name,
                p -> TextSearchDiff.addParser(p, changes), p -> changes.add(new Change.DropTextSearchParser(p)),
                (from, to) -> TextSearchDiff.compareParsers(from, to, changes));
        Matching.match(current.textSearchDictionaries(), desired.textSearchDictionaries(), TextSearchDictionary::name,
                d -> TextSearchDiff.addDictionary(d, changes), d -> changes.add(new Change.DropTextSearchDictionary(d)),
                (from, to) -> TextSearchDiff.compareDictionaries(from, to, changes));
        Matching.match(current.textSearchConfigurations(), desired.textSearchConfigurations(),
                TextSearchConfiguration::name, c -> TextSearchDiff.addConfiguration(c, changes),
                c -> changes.add(new Change.DropTextSearchConfiguration(c)),
                (from, to) -> TextSearchDiff.compareConfigurations(from, to, changes));
        Matching.match(current.conversions(), desired.conversions(), Conversion::name,
                c -> OperatorDiff.addConversion(c, changes), c -> changes.add(new Change.DropConversion(c)),
                (from, to) -> OperatorDiff.compareConversions(from, to, changes));
    }

    private static Table parent(Table table, Catalog desired) {
        QualifiedName parent = table.properties().partitionOf();
        return parent == null ? null : desired.table(parent).orElse(null);
    }

    private void addSchema(Schema schema) {
        changes.add(new CreateSchema(schema));
        Comments.added(CommentTarget.schema(schema.name()), schema.comment(), changes);
    }

    private void compareSchemas(Schema from, Schema to) {
        Comments.compare(CommentTarget.schema(to.name()), from.comment(), to.comment(), changes);
    }

    private void addEnum(EnumType type) {
        changes.add(new CreateEnum(type));
        Comments.added(CommentTarget.of(Kind.TYPE, type.name()), type.comment(), changes);
    }

    private void addSequence(Sequence sequence) {
        changes.add(new CreateSequence(sequence));
        if (sequence.ownedBy() != null) {
            changes.add(new SetSequenceOwner(sequence.name(), null, sequence.ownedBy()));
        }
        Comments.added(CommentTarget.of(Kind.SEQUENCE, sequence.name()), sequence.comment(), changes);
    }

    private void compareSequences(Sequence from, Sequence to) {
        if (!from.options().equals(to.options())) {
            changes.add(new Change.AlterSequence(to.name(), from.options(), to.options()));
        }
        if (!java.util.Objects.equals(from.ownedBy(), to.ownedBy())) {
            changes.add(new SetSequenceOwner(to.name(), from.ownedBy(), to.ownedBy()));
        }
        Comments.compare(CommentTarget.of(Kind.SEQUENCE, to.name()), from.comment(), to.comment(), changes);
    }
}
