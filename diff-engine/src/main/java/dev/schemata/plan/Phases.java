package dev.schemata.plan;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.diff.Change;
import java.util.Set;

/**
 * Which half of an expand/contract deployment a step belongs to. Expand holds what the old application code
 * survives: new objects, anything on a relation the plan creates, new columns it need not fill, widenings,
 * defaults, dropped NOT NULLs, new indexes, replaced views and routine bodies. Contract holds the rest: drops,
 * type changes that can lose data, new constraints and NOT NULLs on existing tables (the old code may write
 * rows they refuse), row security switched on. A step that only prepares another goes with it.
 */
final class Phases {
    private static final Set<Class<? extends Change>> EXPAND = Set.of(
            Change.CreateSchema.class, Change.CreateTable.class, Change.CreateSequence.class, Change.CreateEnum.class,
            Change.AddEnumValue.class, Change.CreateDomain.class, Change.SetDomainDefault.class,
            Change.CreateCompositeType.class, Change.AddAttribute.class, Change.CreateExtension.class,
            Change.UpdateExtension.class, Change.CreateCollation.class, Change.CreateRoutine.class,
            Change.ReplaceRoutine.class, Change.CreateAggregate.class, Change.CreateView.class,
            Change.ReplaceView.class, Change.CreateIndex.class, Change.CreateStatistics.class,
            Change.SetStatisticsTarget.class, Change.CreateTrigger.class, Change.SetTriggerState.class,
            Change.CreatePolicy.class, Change.CreateEventTrigger.class, Change.SetEventTriggerState.class,
            Change.AlterSequence.class, Change.SetSequenceOwner.class, Change.SetDefault.class,
            Change.SetColumnStorage.class, Change.SetColumnCompression.class,
            Change.DropNotNull.class, Change.AddIdentity.class, Change.AlterIdentity.class,
            Change.AttachPartition.class, Change.SetLogged.class, Change.SetReplicaIdentity.class,
            Change.SetStorageParameters.class, Change.SetComment.class);

    private Phases() {}

    /** @param online tells the relations the plan creates from those that exist */
    static Phase of(Step step, Catalog current, OnlineChanges online) {
        Change change = (step.partOf() != null ? step.partOf() : step).change();
        QualifiedName relation = StepIndex.tableOf(change);
        if (relation != null && !online.existing(relation) && !isDrop(change)) {
            return Phase.EXPAND; // the old code does not know the relation
        }
        return isExpand(change, current) ? Phase.EXPAND : Phase.CONTRACT;
    }

    static boolean isExpand(Change change, Catalog current) {
        if (EXPAND.contains(change.getClass())) {
            return true;
        }
        if (change instanceof Change.AddColumn c) {
            Column column = c.definition();
            // the old code inserts rows without the column: they must get a value or may stay null
            return !column.notNull() || column.defaultExpression() != null || column.identity() != null
                    || column.generatedExpression() != null;
        }
        if (change instanceof Change.ChangeColumnType c) {
            return Hazards.conversion(c, current) != TypeConversion.LOSSY;
        }
        if (change instanceof Change.SetRowSecurity c) {
            return !c.enabled();
        }
        if (change instanceof Change.SetDomainNotNull c) {
            return !c.notNull();
        }
        return false;
    }

    /** Whether the change removes something the relation has now (it may be dropped to be created again). */
    private static boolean isDrop(Change change) {
        return ObjectGraph.dropped(change) != null || change instanceof Change.DropColumn
                || change instanceof Change.DropConstraint || change instanceof Change.DropIndex
                || change instanceof Change.DropTrigger || change instanceof Change.DropPolicy
                || change instanceof Change.DropStatistics || change instanceof Change.DetachPartition;
    }
}
