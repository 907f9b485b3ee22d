package dev.schemata.plan;

import dev.schemata.catalog.QualifiedName;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.AddConstraint;
import dev.schemata.diff.Change.ColumnChange;
import dev.schemata.diff.Change.CreateIndex;
import dev.schemata.diff.Change.CreateTable;
import dev.schemata.diff.Change.DropConstraint;
import dev.schemata.diff.Change.DropIndex;
import dev.schemata.diff.Change.DropTable;
import dev.schemata.diff.Change.SetComment;
import dev.schemata.diff.CommentTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Steps grouped by the table they are about, by kind, and foreign key drops by the table they reference. */
final class StepIndex {
    private final List<Step> all;
    private final Map<QualifiedName, List<Step>> byTable = new HashMap<>();
    private final Map<Class<?>, List<Step>> byKind = new HashMap<>();
    private final Map<QualifiedName, List<Step>> foreignKeyDropsByReferenced = new HashMap<>();
    private final Map<QualifiedName, List<Step>> droppedTablesByReferenced = new HashMap<>();

    StepIndex(List<Step> steps) {
        this.all = steps;
        for (Step s : steps) {
            QualifiedName table = tableOf(s.change());
            if (table != null) {
                byTable.computeIfAbsent(table, k -> new ArrayList<>()).add(s);
            }
            byKind.computeIfAbsent(s.change().getClass(), k -> new ArrayList<>()).add(s);
            if (s.change() instanceof DropConstraint d && d.constraint().foreignKey() != null) {
                foreignKeyDropsByReferenced.computeIfAbsent(d.constraint().foreignKey().referencedTable(),
                        k -> new ArrayList<>()).add(s);
            }
            if (s.change() instanceof DropTable d) {
                d.table().constraints().stream()
                        .filter(c -> c.foreignKey() != null && !c.foreignKey().referencedTable().equals(table))
                        .map(c -> c.foreignKey().referencedTable()).distinct()
                        .forEach(r -> droppedTablesByReferenced.computeIfAbsent(r, k -> new ArrayList<>()).add(s));
            }
        }
    }

    List<Step> all() {
        return all;
    }

    /**
     * The steps on a table or view: the relation itself, its columns, constraints, indexes and their comments.
     */
    List<Step> on(QualifiedName table) {
        return byTable.getOrDefault(table, List.of());
    }

    /** The steps among which is the one that creates the commented object, if it is new. */
    List<Step> mayCreate(CommentTarget target) {
        return isOnTable(target) ? on(target.objectName()) : all;
    }

    List<Step> ofKind(Class<? extends Change> kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** The drops of other tables with a foreign key to the given one. */
    List<Step> tableDropsReferencing(QualifiedName referenced) {
        return droppedTablesByReferenced.getOrDefault(referenced, List.of());
    }

    List<Step> foreignKeyDropsTo(QualifiedName referenced) {
        return foreignKeyDropsByReferenced.getOrDefault(referenced, List.of());
    }

    static QualifiedName tableOf(Change change) {
        if (change instanceof CreateTable c) return c.table().name();
        if (change instanceof DropTable c) return c.table().name();
        if (change instanceof ColumnChange c) return c.table();
        if (change instanceof AddConstraint c) return c.table();
        if (change instanceof DropConstraint c) return c.table();
        if (change instanceof Change.ValidateConstraint c) return c.table();
        if (change instanceof CreateIndex c) return c.table();
        if (change instanceof DropIndex c) return c.table();
        if (change instanceof Change.AttachPartition c) return c.partition();
        if (change instanceof Change.CreateTrigger c) return c.trigger().table();
        if (change instanceof Change.DropTrigger c) return c.trigger().table();
        if (change instanceof Change.SetTriggerState c) return c.trigger().table();
        if (change instanceof Change.CreatePolicy c) return c.policy().table();
        if (change instanceof Change.DropPolicy c) return c.policy().table();
        if (change instanceof Change.SetRowSecurity c) return c.table();
        if (change instanceof Change.SetLogged c) return c.table();
        if (change instanceof Change.SetReplicaIdentity c) return c.table();
        if (change instanceof Change.SetStorageParameters c) return c.table();
        if (change instanceof Change.CreateStatistics c) return c.statistics().table();
        if (change instanceof Change.DropStatistics c) return c.statistics().table();
        if (change instanceof Change.DetachPartition c) return c.partition();
        if (change instanceof Change.SetForeignTableOptions c) return c.table();
        if (change instanceof Change.AddInherit c) return c.table();
        if (change instanceof Change.DropInherit c) return c.table();
        if (change instanceof Change.SetForeignColumnOptions c) return c.table();
        if (change instanceof Change.CreateView c) return c.view().name();
        if (change instanceof Change.DropView c) return c.view().name();
        if (change instanceof Change.ReplaceView c) return c.to().name();
        if (change instanceof SetComment c && isOnTable(c.target())) return c.target().objectName();
        return null;
    }

    private static boolean isOnTable(CommentTarget target) {
        return switch (target.kind()) {
            case TABLE, FOREIGN_TABLE, COLUMN, CONSTRAINT, INDEX, VIEW, MATERIALIZED_VIEW, TRIGGER, POLICY -> true;
            case SCHEMA, TYPE, SEQUENCE, FUNCTION, PROCEDURE, EXTENSION, DOMAIN, DOMAIN_CONSTRAINT, STATISTICS,
                    AGGREGATE, COLLATION, EVENT_TRIGGER, CAST, OPERATOR, OPERATOR_FAMILY, OPERATOR_CLASS,
                    TEXT_SEARCH_DICTIONARY, TEXT_SEARCH_CONFIGURATION, CONVERSION, TEXT_SEARCH_TEMPLATE,
                    TEXT_SEARCH_PARSER, FOREIGN_DATA_WRAPPER, SERVER, PUBLICATION -> false;
        };
    }
}
