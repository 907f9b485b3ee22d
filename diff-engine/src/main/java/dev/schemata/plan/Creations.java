package dev.schemata.plan;

import dev.schemata.diff.Change;
import dev.schemata.diff.Change.AddColumn;
import dev.schemata.diff.Change.AddConstraint;
import dev.schemata.diff.Change.CreateEnum;
import dev.schemata.diff.Change.CreateIndex;
import dev.schemata.diff.Change.CreateSchema;
import dev.schemata.diff.Change.CreateSequence;
import dev.schemata.diff.Change.CreateTable;
import dev.schemata.diff.CommentTarget;
import java.util.Objects;

/** Which change brings into being the object a comment is on. */
final class Creations {
    private Creations() {}

    static boolean creates(Change change, CommentTarget target) {
        return switch (target.kind()) {
            case SCHEMA -> change instanceof CreateSchema c && c.schema().name().equals(target.schema());
            case TABLE, FOREIGN_TABLE -> createsTable(change, target);
            case FOREIGN_DATA_WRAPPER -> change instanceof Change.CreateForeignDataWrapper c
                    && c.wrapper().name().equals(target.object());
            case SERVER -> change instanceof Change.CreateServer c && c.server().name().equals(target.object());
            case PUBLICATION -> change instanceof Change.CreatePublication c
                    && c.publication().name().equals(target.object());
            case COLUMN -> createsTable(change, target) || createsView(change, target)
                    || change instanceof Change.CreateCompositeType t && t.type().name().equals(target.objectName())
                    || change instanceof Change.AddAttribute a && a.type().equals(target.objectName())
                            && a.attribute().name().equals(target.member())
                    || change instanceof AddColumn c && c.table().equals(target.objectName())
                            && c.column().equals(target.member());
            case CONSTRAINT -> createsTable(change, target)
                    || change instanceof AddConstraint c && c.table().equals(target.objectName())
                            && c.constraint().name().equals(target.member());
            case INDEX -> change instanceof CreateIndex c && c.table().equals(target.objectName())
                    && c.index().name().equals(target.member());
            case TYPE -> change instanceof CreateEnum c && c.type().name().equals(target.objectName())
                    || change instanceof Change.CreateCompositeType t && t.type().name().equals(target.objectName())
                    || change instanceof Change.CreateRangeType t && t.type().name().equals(target.objectName());
            case COLLATION -> change instanceof Change.CreateCollation c
                    && c.collation().name().equals(target.objectName());
            case EVENT_TRIGGER -> change instanceof Change.CreateEventTrigger c
                    && c.trigger().name().equals(target.object());
            case STATISTICS -> change instanceof Change.CreateStatistics c
                    && c.statistics().name().equals(target.objectName());
            case AGGREGATE -> change instanceof Change.CreateAggregate c && c.aggregate().name().equals(target.objectName())
                    && c.aggregate().identityArguments().equals(target.member());
            case DOMAIN -> change instanceof Change.CreateDomain c && c.domain().name().equals(target.objectName());
            case DOMAIN_CONSTRAINT -> change instanceof Change.CreateDomain c
                    && c.domain().name().equals(target.objectName())
                    || change instanceof Change.AddDomainConstraint a && a.domain().equals(target.objectName())
                    && a.constraint().name().equals(target.member());
            case SEQUENCE -> change instanceof CreateSequence c && c.sequence().name().equals(target.objectName());
            case VIEW, MATERIALIZED_VIEW -> createsView(change, target);
            case FUNCTION, PROCEDURE -> change instanceof Change.CreateRoutine c
                    && ProgramTargets.of(c.routine()).equals(target)
                    || change instanceof Change.ReplaceRoutine r && ProgramTargets.of(r.to()).equals(target);
            case TRIGGER -> change instanceof Change.CreateTrigger c && ProgramTargets.of(c.trigger()).equals(target);
            case POLICY -> change instanceof Change.CreatePolicy c && ProgramTargets.of(c.policy()).equals(target);
            case EXTENSION -> change instanceof Change.CreateExtension c
                    && ProgramTargets.of(c.extension()).equals(target);
            case CAST, OPERATOR, OPERATOR_FAMILY, OPERATOR_CLASS, TEXT_SEARCH_DICTIONARY, TEXT_SEARCH_CONFIGURATION,
                    CONVERSION, TEXT_SEARCH_TEMPLATE, TEXT_SEARCH_PARSER ->
                    OperatorOrder.createsCommented(change, target);
        };
    }

    private static boolean createsView(Change change, CommentTarget target) {
        return change instanceof Change.CreateView c && c.view().name().equals(target.objectName())
                || change instanceof Change.ReplaceView r && r.to().name().equals(target.objectName());
    }

    private static boolean createsTable(Change change, CommentTarget target) {
        return change instanceof CreateTable c && Objects.equals(c.table().name(), target.objectName());
    }
}
