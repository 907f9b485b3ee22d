package dev.schemata.diff;

import dev.schemata.catalog.Aggregate;
import dev.schemata.catalog.Cast;
import dev.schemata.catalog.Collation;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.ColumnRef;
import dev.schemata.catalog.CompositeType;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.Conversion;
import dev.schemata.catalog.DefaultPrivilege;
import dev.schemata.catalog.Domain;
import dev.schemata.catalog.DomainConstraint;
import dev.schemata.catalog.EnumType;
import dev.schemata.catalog.EventTrigger;
import dev.schemata.catalog.ExtendedStatistics;
import dev.schemata.catalog.Extension;
import dev.schemata.catalog.ForeignDataWrapper;
import dev.schemata.catalog.ForeignServer;
import dev.schemata.catalog.Identity;
import dev.schemata.catalog.Index;
import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
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
import dev.schemata.catalog.SequenceOptions;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.TextSearchConfiguration;
import dev.schemata.catalog.TextSearchDictionary;
import dev.schemata.catalog.TextSearchParser;
import dev.schemata.catalog.TextSearchTemplate;
import dev.schemata.catalog.Trigger;
import dev.schemata.catalog.UserMapping;
import dev.schemata.catalog.View;
import java.util.List;

/**
 * One difference between two catalogs, as data: what must be created, dropped or altered to turn the
 * current catalog into the desired one. Changes say nothing about SQL text or order; the planner does.
 */
public sealed interface Change {

    /**
     * The cast, operator, operator class or family, text search object or conversion a change drops, or null: what
     * the diff re-creates users of, and what the planner orders drops after.
     */
    static ObjectId droppedOperatorOrTextSearch(Change change) {
        if (change instanceof Change.DropCast c) return ObjectId.of(c.cast());
        if (change instanceof Change.DropOperator c) return ObjectId.of(c.operator());
        if (change instanceof Change.DropOperatorClass c) return ObjectId.of(c.operatorClass());
        if (change instanceof Change.DropOperatorFamily c) return ObjectId.of(c.family());
        if (change instanceof Change.DropTextSearchDictionary c) {
            return ObjectId.of(ObjectKind.TEXT_SEARCH_DICTIONARY, c.dictionary().name());
        }
        if (change instanceof Change.DropTextSearchConfiguration c) {
            return ObjectId.of(ObjectKind.TEXT_SEARCH_CONFIGURATION, c.configuration().name());
        }
        if (change instanceof Change.DropConversion c) return ObjectId.of(ObjectKind.CONVERSION, c.conversion().name());
        if (change instanceof Change.DropTextSearchTemplate c) {
            return ObjectId.of(ObjectKind.TEXT_SEARCH_TEMPLATE, c.template().name());
        }
        if (change instanceof Change.DropTextSearchParser c) {
            return ObjectId.of(ObjectKind.TEXT_SEARCH_PARSER, c.parser().name());
        }
        return null;
    }

    /**
     * The sequences a change creates for identity columns: a new table's (not a new partition's, whose identities
     * use their root's sequence), a new column's, and one an identity is added to (PostgreSQL refuses both on a
     * partition). Named as in the desired database.
     */
    static List<QualifiedName> identitySequencesCreated(Change change) {
        if (change instanceof Change.CreateTable c) {
            return c.table().properties().partitionOf() == null ? c.table().identitySequences() : List.of();
        }
        Identity identity = change instanceof Change.AddColumn c ? c.definition().identity()
                : change instanceof Change.AddIdentity c ? c.identity() : null;
        return identity == null || identity.sequence() == null ? List.of() : List.of(identity.sequence());
    }

    /** A change to one column of an existing table. */
    sealed interface ColumnChange extends Change {
        QualifiedName table();

        String column();
    }

    /**
     * An object renamed as a {@link RenameHint} asks, instead of dropped and created again. Renames run before
     * every other change, which name objects by their new names.
     */
    sealed interface Rename extends Change {}

    /** {@code ALTER TABLE ... RENAME TO}. */
    record RenameTable(QualifiedName table, String newName) implements Rename {}

    /** {@code ALTER TABLE ... RENAME COLUMN}; {@code table} is the table's name after its own rename, if any. */
    record RenameColumn(QualifiedName table, String from, String to) implements Rename {}

    /** {@code ALTER TABLE ... RENAME CONSTRAINT}; {@code table} as for {@link RenameColumn}. */
    record RenameConstraint(QualifiedName table, String from, String to) implements Rename {}

    /** {@code ALTER INDEX ... RENAME TO}; {@code index} is its old name, in its table's schema. */
    record RenameIndex(QualifiedName index, String newName) implements Rename {}

    /** {@code ALTER TYPE} (or {@code ALTER DOMAIN}) {@code ... RENAME TO}, for an enum, domain or composite type. */
    record RenameType(dev.schemata.catalog.ObjectKind kind, QualifiedName type, String newName) implements Rename {}

    /** {@code ALTER SEQUENCE ... RENAME TO}, for a sequence named after a renamed table or column. */
    record RenameSequence(QualifiedName sequence, String newName) implements Rename {}

    /** {@code ALTER DOMAIN ... RENAME CONSTRAINT}; {@code domain} is its name after its own rename. */
    record RenameDomainConstraint(QualifiedName domain, String from, String to) implements Rename {}

    /** {@code ALTER TYPE ... RENAME VALUE}; {@code type} is the enum's name after its own rename, if any. */
    record RenameEnumValue(QualifiedName type, String from, String to) implements Rename {}

    record CreateSchema(Schema schema) implements Change {}

    record DropSchema(Schema schema) implements Change {}

    /** A new table with its columns and constraints; its indexes and comments come as separate changes. */
    record CreateTable(Table table) implements Change {}

    record DropTable(Table table) implements Change {}

    record AddColumn(QualifiedName table, Column definition) implements ColumnChange {
        @Override
        public String column() {
            return definition.name();
        }
    }

    record DropColumn(QualifiedName table, Column definition) implements ColumnChange {
        @Override
        public String column() {
            return definition.name();
        }
    }

    /** A new type, or a new collation on the same type (PostgreSQL changes both with {@code ALTER ... TYPE}). */
    record ChangeColumnType(QualifiedName table, Column from, Column to) implements ColumnChange {
        @Override
        public String column() {
            return to.name();
        }
    }

    record SetDefault(QualifiedName table, String column, String expression) implements ColumnChange {}

    record DropDefault(QualifiedName table, String column) implements ColumnChange {}

    /** {@code SET STORAGE} to the setting, which applies to values written later. */
    record SetColumnStorage(QualifiedName table, String column, String storage) implements ColumnChange {}

    /** {@code SET COMPRESSION} of values written later; null for {@code DEFAULT}. */
    record SetColumnCompression(QualifiedName table, String column, String compression) implements ColumnChange {}

    record SetNotNull(QualifiedName table, String column) implements ColumnChange {}

    record DropNotNull(QualifiedName table, String column) implements ColumnChange {}

    record AddIdentity(QualifiedName table, String column, Identity identity) implements ColumnChange {}

    record DropIdentity(QualifiedName table, String column) implements ColumnChange {}

    /** Same column stays an identity column, with another generation or other sequence options. */
    record AlterIdentity(QualifiedName table, String column, Identity from, Identity to) implements ColumnChange {}

    record AddConstraint(QualifiedName table, Constraint constraint) implements Change {}

    record DropConstraint(QualifiedName table, Constraint constraint) implements Change {}

    /** A constraint added NOT VALID is declared valid: existing rows are checked, the definition stays. */
    record ValidateConstraint(QualifiedName table, Constraint constraint) implements Change {}

    record CreateIndex(QualifiedName table, Index index) implements Change {}

    record DropIndex(QualifiedName table, Index index) implements Change {}

    record CreateEnum(EnumType type) implements Change {}

    record DropEnum(EnumType type) implements Change {}

    /**
     * A label added to an existing enum, placed before or after a label that exists by then;
     * both neighbours null means at the end.
     */
    record AddEnumValue(QualifiedName type, String label, String before, String after) implements Change {}

    /**
     * The desired labels are not the current ones with labels inserted: some are removed or reordered, and the
     * type must be dropped and created again (its comment, if any, follows as a {@link SetComment}).
     */
    record RecreateEnum(EnumType from, EnumType to) implements Change {}

    /** {@code ALTER TYPE ... RENAME TO}: the old enum steps aside for its replacement. */
    record RenameEnum(EnumType type, String newName) implements Change {}

    /**
     * A column of an enum type converted to the enum's replacement through its text labels. Values that are
     * not labels of the new type are refused.
     */
    record ConvertEnumColumn(QualifiedName table, Column definition, QualifiedName type) implements ConvertColumn {
        @Override
        public String column() {
            return definition.name();
        }
    }

    /**
     * A column converted through its text form to the replacement of the type it has (an enum or a range type
     * created again), an array of it staying an array.
     */
    sealed interface ConvertColumn extends ColumnChange {
        Column definition();

        QualifiedName type();
    }

    /** A new sequence; an owner, if any, is set by a following {@link SetSequenceOwner}. */
    record CreateSequence(Sequence sequence) implements Change {}

    record DropSequence(Sequence sequence) implements Change {}

    record AlterSequence(QualifiedName sequence, SequenceOptions from, SequenceOptions to) implements Change {}

    /** @param to the new owning column, or null for {@code OWNED BY NONE} */
    record SetSequenceOwner(QualifiedName sequence, ColumnRef from, ColumnRef to) implements Change {}

    /**
     * An existing table becomes a partition.
     *
     * @param bound what follows the partition's name: {@code FOR VALUES ...} or {@code DEFAULT}
     */
    record AttachPartition(QualifiedName parent, QualifiedName partition, String bound) implements Change {}

    /** {@code ALTER TABLE ... INHERIT parent}: the parent is appended to the table's parents. */
    record AddInherit(QualifiedName table, QualifiedName parent) implements Change {}

    /** {@code ALTER TABLE ... NO INHERIT parent}: inherited columns and checks stay, as the table's own. */
    record DropInherit(QualifiedName table, QualifiedName parent) implements Change {}

    /** A partition becomes a table of its own, keeping its rows. */
    record DetachPartition(QualifiedName parent, QualifiedName partition) implements Change {}

    /** A new view or materialized view; its indexes and comments come as separate changes. */
    record CreateView(View view) implements Change {}

    record DropView(View view) implements Change {}

    /** {@code CREATE OR REPLACE VIEW}: same columns first, new ones only appended, same options. */
    record ReplaceView(View from, View to) implements Change {}

    record CreateExtension(Extension extension) implements Change {}

    record DropExtension(Extension extension) implements Change {}

    /** {@code ALTER EXTENSION ... UPDATE TO} the desired version. */
    record UpdateExtension(Extension from, Extension to) implements Change {}

    /**
     * {@code ALTER EXTENSION ... SET SCHEMA}: a relocatable extension moves to another schema, its members with
     * it; what names them follows (see {@link ExtensionMoves}).
     */
    record MoveExtension(Extension from, String schema) implements Change {}

    /** A new function or procedure, from its {@code CREATE OR REPLACE} definition. */
    record CreateRoutine(Routine routine) implements Change {}

    record DropRoutine(Routine routine) implements Change {}

    /** {@code CREATE OR REPLACE}: same arguments and result, so PostgreSQL changes it in place. */
    record ReplaceRoutine(Routine from, Routine to) implements Change {}

    /** A new trigger; a state other than enabled follows as {@link SetTriggerState}. */
    record CreateTrigger(Trigger trigger) implements Change {}

    record DropTrigger(Trigger trigger) implements Change {}

    record SetTriggerState(Trigger trigger) implements Change {}

    record CreatePolicy(Policy policy) implements Change {}

    record DropPolicy(Policy policy) implements Change {}

    /** Row level security switched on or off, and whether it applies to the table owner. */
    record SetRowSecurity(QualifiedName table, boolean enabled, boolean forced) implements Change {}

    /** A new domain with its validated checks; a NOT VALID one follows as {@link AddDomainConstraint}. */
    record CreateDomain(Domain domain) implements Change {}

    record DropDomain(Domain domain) implements Change {}

    /** @param expression the new default, or null to drop it */
    record SetDomainDefault(QualifiedName domain, String expression) implements Change {}

    record SetDomainNotNull(QualifiedName domain, boolean notNull) implements Change {}

    record AddDomainConstraint(QualifiedName domain, DomainConstraint constraint) implements Change {}

    record DropDomainConstraint(QualifiedName domain, DomainConstraint constraint) implements Change {}

    record CreateCompositeType(CompositeType type) implements Change {}

    record DropCompositeType(CompositeType type) implements Change {}

    record CreateRangeType(RangeType type) implements Change {}

    record DropRangeType(RangeType type) implements Change {}

    /**
     * A range type with another definition: PostgreSQL alters none of it, so the type is dropped and created again
     * (its comment, if any, follows as a {@link SetComment}); the planner converts the columns that use it.
     */
    record RecreateRange(RangeType from, RangeType to) implements Change {}

    /**
     * {@code ALTER TYPE ... RENAME TO}: the old range type, or its multirange (which keeps its name when the range
     * is renamed), steps aside for the replacement; or {@code ALTER FUNCTION ... RENAME TO} for a constructor
     * function of either that the replacement's would clash with (they keep their names too).
     *
     * @param arguments the constructor's argument types, or null for the type itself
     */
    record RenameRangeAside(QualifiedName name, String arguments, String newName) implements Change {}

    /** {@code ALTER DOMAIN ... RENAME TO}: a domain over a range type created again steps aside with the type. */
    record RenameDomainAside(QualifiedName domain, String newName) implements Change {}

    /**
     * A column of a range type, its multirange, a domain over either or an array of these, converted to the
     * replacement through its text form. Values whose bounds do not convert to the new subtype are refused.
     */
    record ConvertRangeColumn(QualifiedName table, Column definition, QualifiedName type) implements ConvertColumn {
        @Override
        public String column() {
            return definition.name();
        }
    }

    record AddAttribute(QualifiedName type, Column attribute) implements Change {}

    record DropAttribute(QualifiedName type, Column attribute) implements Change {}

    /** A new type (or collation) for an attribute of a composite type. */
    record AlterAttributeType(QualifiedName type, Column attribute) implements Change {}

    /** {@code SET LOGGED} or {@code SET UNLOGGED}. */
    record SetLogged(QualifiedName table, boolean unlogged) implements Change {}

    /** @param identity what follows {@code REPLICA IDENTITY} */
    record SetReplicaIdentity(QualifiedName table, String identity) implements Change {}

    /** Storage parameters set ({@code name=value}) and reset (names), each sorted. */
    record SetStorageParameters(QualifiedName table, List<String> set, List<String> reset) implements Change {}

    record CreateStatistics(ExtendedStatistics statistics) implements Change {}

    record DropStatistics(ExtendedStatistics statistics) implements Change {}

    record SetStatisticsTarget(QualifiedName statistics, int target) implements Change {}

    record CreateAggregate(Aggregate aggregate) implements Change {}

    record DropAggregate(Aggregate aggregate) implements Change {}

    record CreateCollation(Collation collation) implements Change {}

    record DropCollation(Collation collation) implements Change {}

    /** A new event trigger; a state other than enabled follows as {@link SetEventTriggerState}. */
    record CreateEventTrigger(EventTrigger trigger) implements Change {}

    record DropEventTrigger(EventTrigger trigger) implements Change {}

    record SetEventTriggerState(EventTrigger trigger) implements Change {}

    /** {@code GRANT}: the privilege as the desired catalog holds it (granted, with grant option or not). */
    record GrantPrivilege(Privilege privilege) implements Change {}

    /**
     * {@code REVOKE} of a privilege the role holds now.
     *
     * @param grantOptionOnly whether only the grant option goes ({@code REVOKE GRANT OPTION FOR})
     */
    record RevokePrivilege(Privilege privilege, boolean grantOptionOnly) implements Change {}

    /** {@code ALTER DEFAULT PRIVILEGES ... GRANT}, as the desired catalog holds it. */
    record GrantDefaultPrivilege(DefaultPrivilege privilege) implements Change {}

    /** {@code ALTER DEFAULT PRIVILEGES ... REVOKE}; {@code grantOptionOnly} as in {@link RevokePrivilege}. */
    record RevokeDefaultPrivilege(DefaultPrivilege privilege, boolean grantOptionOnly) implements Change {}

    /** {@code ALTER ... OWNER TO} the desired owner. */
    record SetOwner(Owner owner) implements Change {}

    record CreateCast(Cast cast) implements Change {}

    record DropCast(Cast cast) implements Change {}

    record CreateOperator(Operator operator) implements Change {}

    record DropOperator(Operator operator) implements Change {}

    /** {@code ALTER OPERATOR ... SET (RESTRICT = ..., JOIN = ...)} to the operator's estimators. */
    record SetOperatorEstimators(Operator operator) implements Change {}

    record CreateOperatorFamily(OperatorFamily family) implements Change {}

    record DropOperatorFamily(OperatorFamily family) implements Change {}

    /** {@code ALTER OPERATOR FAMILY ... ADD} of loose members. */
    record AddOperatorFamilyMembers(OperatorFamily family, List<OperatorFamily.Member> members) implements Change {}

    /** {@code ALTER OPERATOR FAMILY ... DROP} of loose members. */
    record DropOperatorFamilyMembers(OperatorFamily family, List<OperatorFamily.Member> members) implements Change {}

    record CreateOperatorClass(OperatorClass operatorClass) implements Change {}

    record DropOperatorClass(OperatorClass operatorClass) implements Change {}

    record CreateTextSearchDictionary(TextSearchDictionary dictionary) implements Change {}

    record DropTextSearchDictionary(TextSearchDictionary dictionary) implements Change {}

    /** Options set ({@code name = value}) and removed (names), each sorted. */
    record AlterTextSearchDictionary(QualifiedName dictionary, List<String> set, List<String> removed)
            implements Change {}

    /** A new configuration with its parser; its mappings follow as {@link AlterTextSearchMapping}. */
    record CreateTextSearchConfiguration(TextSearchConfiguration configuration) implements Change {}

    record DropTextSearchConfiguration(TextSearchConfiguration configuration) implements Change {}

    /**
     * The dictionaries of one token type: {@code ADD MAPPING} when {@code from} is empty, {@code DROP MAPPING}
     * when {@code to} is, else {@code ALTER MAPPING}.
     */
    record AlterTextSearchMapping(QualifiedName configuration, String token, List<String> from, List<String> to)
            implements Change {}

    record CreateTextSearchTemplate(TextSearchTemplate template) implements Change {}

    record DropTextSearchTemplate(TextSearchTemplate template) implements Change {}

    record CreateTextSearchParser(TextSearchParser parser) implements Change {}

    record DropTextSearchParser(TextSearchParser parser) implements Change {}

    record CreateConversion(Conversion conversion) implements Change {}

    record DropConversion(Conversion conversion) implements Change {}

    record CreateForeignDataWrapper(ForeignDataWrapper wrapper) implements Change {}

    record DropForeignDataWrapper(ForeignDataWrapper wrapper) implements Change {}

    /** Handler, validator or options altered in place. */
    record AlterForeignDataWrapper(ForeignDataWrapper from, ForeignDataWrapper to) implements Change {}

    record CreateServer(ForeignServer server) implements Change {}

    record DropServer(ForeignServer server) implements Change {}

    /** Version or options altered in place (a new type or wrapper means drop and create). */
    record AlterServer(ForeignServer from, ForeignServer to) implements Change {}

    record CreateUserMapping(UserMapping mapping) implements Change {}

    record DropUserMapping(UserMapping mapping) implements Change {}

    /** Options altered in place. */
    record AlterUserMapping(UserMapping from, UserMapping to) implements Change {}

    /** The options of a foreign table, each {@code key=value}. */
    record SetForeignTableOptions(QualifiedName table, List<String> from, List<String> to) implements Change {}

    /** The options of one column of a foreign table, each {@code key=value}. */
    record SetForeignColumnOptions(QualifiedName table, String column, List<String> from, List<String> to)
            implements Change {}

    record CreatePublication(Publication publication) implements Change {}

    record DropPublication(Publication publication) implements Change {}

    /** {@code publish} or {@code publish_via_partition_root} set to the desired values. */
    record SetPublicationOptions(Publication publication) implements Change {}

    /** Tables and schemas a publication no longer publishes (or publishes otherwise: added again after). */
    record DropPublicationMembers(String publication, List<Publication.PublishedTable> tables, List<String> schemas)
            implements Change {}

    /** Tables and schemas a publication publishes from now on. */
    record AddPublicationMembers(String publication, List<Publication.PublishedTable> tables, List<String> schemas)
            implements Change {}

    /** @param comment the new comment, or null to remove it */
    record SetComment(CommentTarget target, String comment) implements Change {}
}
