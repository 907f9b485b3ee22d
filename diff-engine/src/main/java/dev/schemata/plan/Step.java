package dev.schemata.plan;

import dev.schemata.diff.Change;
import java.util.Map;

/**
 * A node of the plan's dependency graph: one change, rendered later as one statement.
 *
 * @param id the position in the diff's list, the last tie-breaker of the order
 * @param change what the step does
 * @param partOf the drop this step only prepares (it is withheld with it), or null
 */
record Step(int id, Change change, Step partOf) {
    private static final Map<Class<? extends Change>, Integer> RANKS = Map.ofEntries(
            Map.entry(Change.RenameTable.class, -2),
            Map.entry(Change.RenameType.class, -2),
            Map.entry(Change.RenameColumn.class, -1),
            Map.entry(Change.RenameConstraint.class, -1),
            Map.entry(Change.RenameIndex.class, -1),
            Map.entry(Change.RenameEnumValue.class, -1),
            Map.entry(Change.RenameSequence.class, -1),
            Map.entry(Change.RenameDomainConstraint.class, -1),
            Map.entry(Change.AddEnumValue.class, 0),
            Map.entry(Change.DetachPartition.class, 3),
            Map.entry(Change.DropView.class, 5),
            Map.entry(Change.DropTrigger.class, 6),
            Map.entry(Change.DropPolicy.class, 7),
            Map.entry(Change.DropRoutine.class, 28),
            Map.entry(Change.DropExtension.class, 29),
            Map.entry(Change.CreateExtension.class, 30),
            Map.entry(Change.UpdateExtension.class, 30),
            Map.entry(Change.MoveExtension.class, 30),
            Map.entry(Change.CreateRoutine.class, 36),
            Map.entry(Change.DropEventTrigger.class, 6),
            Map.entry(Change.DropCollation.class, 28),
            Map.entry(Change.CreateCollation.class, 31),
            Map.entry(Change.CreateEventTrigger.class, 67),
            Map.entry(Change.SetEventTriggerState.class, 68),
            Map.entry(Change.DropStatistics.class, 9),
            Map.entry(Change.DropAggregate.class, 27),
            Map.entry(Change.CreateAggregate.class, 37),
            Map.entry(Change.SetLogged.class, 48),
            Map.entry(Change.SetStorageParameters.class, 48),
            Map.entry(Change.SetReplicaIdentity.class, 63),
            Map.entry(Change.CreateStatistics.class, 64),
            Map.entry(Change.SetStatisticsTarget.class, 65),
            Map.entry(Change.DropDomainConstraint.class, 11),
            Map.entry(Change.DropAttribute.class, 24),
            Map.entry(Change.DropDomain.class, 28),
            Map.entry(Change.DropCompositeType.class, 28),
            Map.entry(Change.DropRangeType.class, 28),
            Map.entry(Change.CreateDomain.class, 31),
            Map.entry(Change.CreateCompositeType.class, 31),
            Map.entry(Change.CreateRangeType.class, 31),
            Map.entry(Change.SetDomainDefault.class, 33),
            Map.entry(Change.SetDomainNotNull.class, 33),
            Map.entry(Change.AddAttribute.class, 33),
            Map.entry(Change.AlterAttributeType.class, 33),
            Map.entry(Change.AddDomainConstraint.class, 62),
            Map.entry(Change.ReplaceRoutine.class, 36),
            Map.entry(Change.SetRowSecurity.class, 47),
            Map.entry(Change.CreateTrigger.class, 67),
            Map.entry(Change.SetTriggerState.class, 68),
            Map.entry(Change.CreatePolicy.class, 67),
            Map.entry(Change.DropConstraint.class, 10),
            Map.entry(Change.DropIndex.class, 12),
            Map.entry(Change.DropIdentity.class, 20),
            Map.entry(Change.DropDefault.class, 21),
            Map.entry(Change.DropNotNull.class, 22),
            Map.entry(Change.DropColumn.class, 25),
            Map.entry(Change.DropTable.class, 26),
            Map.entry(Change.DropSequence.class, 27),
            Map.entry(Change.DropEnum.class, 28),
            Map.entry(Change.DropSchema.class, 29),
            Map.entry(Change.CreateSchema.class, 30),
            Map.entry(Change.RenameEnum.class, 30),
            Map.entry(Change.CreateEnum.class, 31),
            Map.entry(Change.ConvertEnumColumn.class, 41),
            Map.entry(Change.RenameRangeAside.class, 30),
            Map.entry(Change.RenameDomainAside.class, 30),
            Map.entry(Change.ConvertRangeColumn.class, 41),
            Map.entry(Change.CreateSequence.class, 32),
            Map.entry(Change.AlterSequence.class, 33),
            Map.entry(Change.CreateTable.class, 34),
            Map.entry(Change.AddColumn.class, 40),
            Map.entry(Change.ChangeColumnType.class, 41),
            Map.entry(Change.SetDefault.class, 42),
            Map.entry(Change.SetColumnStorage.class, 42),
            Map.entry(Change.SetColumnCompression.class, 42),
            Map.entry(Change.SetNotNull.class, 43),
            Map.entry(Change.AddIdentity.class, 44),
            Map.entry(Change.AlterIdentity.class, 45),
            Map.entry(Change.AttachPartition.class, 46),
            Map.entry(Change.SetSequenceOwner.class, 50),
            Map.entry(Change.AddConstraint.class, 60),
            Map.entry(Change.CreateIndex.class, 61),
            Map.entry(Change.ReplaceView.class, 65),
            Map.entry(Change.CreateView.class, 66),
            Map.entry(Change.SetOwner.class, 68),
            Map.entry(Change.GrantPrivilege.class, 69),
            Map.entry(Change.RevokePrivilege.class, 69),
            // before objects are created, so that new ones get the desired defaults, as in the shadow
            Map.entry(Change.GrantDefaultPrivilege.class, 30),
            Map.entry(Change.RevokeDefaultPrivilege.class, 30),
            Map.entry(Change.ValidateConstraint.class, 69),
            Map.entry(Change.DropCast.class, 13),
            Map.entry(Change.DropConversion.class, 13),
            Map.entry(Change.DropTextSearchConfiguration.class, 13),
            Map.entry(Change.DropTextSearchDictionary.class, 14),
            Map.entry(Change.DropOperatorClass.class, 13),
            Map.entry(Change.DropOperatorFamily.class, 14),
            Map.entry(Change.DropOperator.class, 15),
            Map.entry(Change.DropTextSearchTemplate.class, 15),
            Map.entry(Change.DropTextSearchParser.class, 15),
            Map.entry(Change.CreateTextSearchTemplate.class, 38),
            Map.entry(Change.CreateTextSearchParser.class, 38),
            Map.entry(Change.CreateTextSearchDictionary.class, 31),
            Map.entry(Change.AlterTextSearchDictionary.class, 33),
            Map.entry(Change.CreateTextSearchConfiguration.class, 32),
            Map.entry(Change.AlterTextSearchMapping.class, 33),
            Map.entry(Change.CreateOperator.class, 38),
            Map.entry(Change.SetOperatorEstimators.class, 38),
            Map.entry(Change.CreateOperatorFamily.class, 38),
            Map.entry(Change.CreateOperatorClass.class, 39),
            Map.entry(Change.AddOperatorFamilyMembers.class, 39),
            Map.entry(Change.DropOperatorFamilyMembers.class, 13),
            Map.entry(Change.CreateCast.class, 38),
            Map.entry(Change.CreateConversion.class, 38),
            Map.entry(Change.DropUserMapping.class, 6),
            Map.entry(Change.DropServer.class, 27),
            Map.entry(Change.DropForeignDataWrapper.class, 28),
            Map.entry(Change.CreateForeignDataWrapper.class, 31),
            Map.entry(Change.AlterForeignDataWrapper.class, 31),
            Map.entry(Change.CreateServer.class, 32),
            Map.entry(Change.AlterServer.class, 32),
            Map.entry(Change.CreateUserMapping.class, 33),
            Map.entry(Change.AlterUserMapping.class, 33),
            Map.entry(Change.SetForeignTableOptions.class, 48),
            Map.entry(Change.SetForeignColumnOptions.class, 48),
            Map.entry(Change.DropPublication.class, 6),
            Map.entry(Change.DropPublicationMembers.class, 6),
            Map.entry(Change.CreatePublication.class, 69),
            Map.entry(Change.SetPublicationOptions.class, 69),
            Map.entry(Change.AddPublicationMembers.class, 69),
            Map.entry(Change.DropInherit.class, 4),
            Map.entry(Change.AddInherit.class, 63),
            Map.entry(Change.SetComment.class, 70));

    /**
     * Ties between steps that are free to run are broken by rank, then id, so that a plan reads: drops of
     * dependents, drops, creates, alters, constraints and indexes (foreign keys last), owners, grants, comments.
     */
    int rank() {
        int rank = RANKS.get(change.getClass());
        if (change instanceof Change.DropConstraint d && d.constraint().foreignKey() == null
                || change instanceof Change.AddConstraint a && a.constraint().foreignKey() != null) {
            rank += 2;
        }
        return rank;
    }

    @Override
    public String toString() {
        return change.toString();
    }
}
