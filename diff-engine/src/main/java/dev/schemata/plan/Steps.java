package dev.schemata.plan;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.ColumnRef;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.ConstraintKind;
import dev.schemata.catalog.Domain;
import dev.schemata.catalog.EnumType;
import dev.schemata.catalog.Identifiers;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.RangeType;
import dev.schemata.catalog.Table;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.AddConstraint;
import dev.schemata.diff.Change.CreateEnum;
import dev.schemata.diff.Change.CreateTable;
import dev.schemata.diff.Change.DropColumn;
import dev.schemata.diff.Change.DropConstraint;
import dev.schemata.diff.Change.DropEnum;
import dev.schemata.diff.Change.DropIndex;
import dev.schemata.diff.Change.DropSequence;
import dev.schemata.diff.Change.DropTable;
import dev.schemata.diff.Change.RecreateEnum;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Turns the diff's changes into graph steps, adding the statements PostgreSQL needs and leaving out
 * those it does by itself.
 */
final class Steps {
    /** What an old type is renamed to while its columns move to the new type of its name. */
    private static final String ASIDE = "__old";

    private final List<Step> steps = new ArrayList<>();

    private Steps() {}

    static List<Step> of(List<Change> changes, Catalog current, Catalog desired) {
        Map<QualifiedName, Table> droppedTables = new HashMap<>();
        Set<ColumnRef> droppedColumns = new HashSet<>();
        for (Change c : changes) {
            if (c instanceof DropTable d) {
                droppedTables.put(d.table().name(), d.table());
                d.table().columns().forEach(col -> droppedColumns.add(new ColumnRef(d.table().name(), col.name())));
            } else if (c instanceof DropColumn d) {
                droppedColumns.add(new ColumnRef(d.table(), d.column()));
            }
        }
        Map<QualifiedName, Integer> cycleGroups = ReferenceCycles.groups(droppedTables);
        Steps out = new Steps();
        for (Change c : changes) {
            if (c instanceof DropSequence d && droppedColumns.contains(d.sequence().ownedBy())) {
                continue; // PostgreSQL drops an owned sequence with its column
            }
            if (c instanceof RecreateEnum r) {
                out.recreate(r, current, desired, changes);
                continue;
            }
            if (c instanceof Change.RecreateRange r) {
                out.recreate(r, current, desired, changes);
                continue;
            }
            if (c instanceof Change.DropDomain d && setAside(d.domain(), current, changes)) {
                continue; // set aside and dropped with its range type, after its columns are converted
            }
            if (c instanceof DropTable d && isReferencedPartition(d.table(), droppedTables, current)) {
                // the foreign keys to its parent hold on to the partition until it leaves the parent
                Step drop = out.add(c, null);
                out.add(new Change.DetachPartition(d.table().properties().partitionOf(), d.table().name()), drop);
                out.dropForeignKeysInCycles(d.table(), drop, cycleGroups);
                continue;
            }
            Step step = out.add(c, null);
            if (c instanceof CreateTable t) {
                out.separateConstraints(t.table());
            } else if (c instanceof DropTable d) {
                out.dropForeignKeysInCycles(d.table(), step, cycleGroups);
            } else if (c instanceof DropConstraint d && d.constraint().foreignKey() == null) {
                out.rebuildForeignKeysOn(d.table(), d.constraint().columns(), changes, current, desired);
            } else if (c instanceof DropIndex d && d.index().unique()) {
                out.rebuildForeignKeysOn(d.table(), d.index().columns(), changes, current, desired);
            }
        }
        return List.copyOf(out.preparingColumnDrops(current));
    }

    /**
     * An index or key dropped because it uses a column the plan drops (on its table or on a parent the table
     * has the column from), to add it again or for good, only prepares that drop: it is withheld with it,
     * rather than leaving the column without it.
     */
    private List<Step> preparingColumnDrops(Catalog current) {
        Map<ColumnRef, Step> columnDrops = new LinkedHashMap<>();
        for (Step s : steps) {
            if (s.change() instanceof DropColumn d && s.partOf() == null) {
                columnDrops.put(new ColumnRef(d.table(), d.column()), s);
            }
        }
        if (columnDrops.isEmpty()) {
            return steps;
        }
        List<Step> out = new ArrayList<>();
        for (Step s : steps) {
            Step drop = s.partOf() == null ? columnDropUsed(s.change(), columnDrops, current) : null;
            out.add(drop == null ? s : new Step(s.id(), s.change(), drop));
        }
        return out;
    }

    private static Step columnDropUsed(Change change, Map<ColumnRef, Step> columnDrops, Catalog current) {
        QualifiedName table;
        String definition;
        if (change instanceof DropIndex d) {
            table = d.table();
            String index = d.index().definition();
            definition = index.substring(Math.max(0, index.indexOf(" USING "))); // its columns, not its names
        } else if (change instanceof DropConstraint d && d.constraint().foreignKey() == null) {
            table = d.table();
            definition = d.constraint().definition();
        } else {
            return null;
        }
        for (QualifiedName owner : withAncestors(table, current)) {
            for (Map.Entry<ColumnRef, Step> drop : columnDrops.entrySet()) {
                if (drop.getKey().table().equals(owner) && Identifiers.mentions(definition, drop.getKey().column())) {
                    return drop.getValue();
                }
            }
        }
        return null;
    }

    /** The table, its partitioned parent or the tables it inherits from, theirs in turn. */
    private static List<QualifiedName> withAncestors(QualifiedName table, Catalog current) {
        List<QualifiedName> found = new ArrayList<>(List.of(table));
        for (int i = 0; i < found.size(); i++) {
            current.table(found.get(i)).ifPresent(t -> {
                if (t.properties().partitionOf() != null) {
                    found.add(t.properties().partitionOf());
                }
                t.properties().inherits().stream().filter(p -> !found.contains(p)).forEach(found::add);
            });
        }
        return found;
    }

    /** Whether CREATE TABLE declares the constraint; foreign keys and NOT VALID ones follow as ALTER TABLE. */
    static boolean isInline(Constraint constraint) {
        return constraint.kind() != ConstraintKind.FOREIGN_KEY && constraint.validated();
    }

    private Step add(Change change, Step partOf) {
        Step step = new Step(steps.size(), change, partOf);
        steps.add(step);
        return step;
    }

    /**
     * An enum whose labels are removed or reordered is dropped and created again. Columns that use it are
     * converted through text: the old type is renamed, the new one created, each column (its default set
     * aside) converted, the old type dropped. All of it goes with the drop, which is withheld unless allowed.
     */
    private void recreate(RecreateEnum change, Catalog current, Catalog desired, List<Change> changes) {
        EnumType old = change.from();
        List<QualifiedName> types = List.of(old.name());
        List<Table> users = users(types, current, changes);
        if (users.isEmpty()) {
            add(new DropEnum(old), null);
            add(new CreateEnum(change.to()), null);
            return;
        }
        String asideName = old.name().name() + ASIDE;
        EnumType aside = new EnumType(QualifiedName.of(old.name().schema(), asideName), old.labels(), null);
        Step drop = add(new DropEnum(aside), null);
        add(new Change.RenameEnum(old, asideName), drop);
        add(new CreateEnum(change.to()), drop);
        convertColumns(users, types, current, desired, changes, drop,
                (table, column) -> new Change.ConvertEnumColumn(table, column, change.to().name()));
    }

    /**
     * A range type with another definition is dropped and created again; columns that use it or its multirange
     * are converted through text as an enum's are. Both old types step aside: renaming the range leaves its
     * multirange's name, which the new range's multirange takes.
     */
    private void recreate(Change.RecreateRange change, Catalog current, Catalog desired, List<Change> changes) {
        RangeType old = change.from();
        List<QualifiedName> types = new ArrayList<>(List.of(old.name()));
        old.multirange().ifPresent(types::add);
        List<Domain> domains = current.domains().stream().filter(d -> setAside(d, current, changes)
                && types.stream().anyMatch(t -> References.isType(d.baseType(), t))).toList();
        List<QualifiedName> converted = new ArrayList<>(types);
        domains.forEach(d -> converted.add(d.name()));
        List<Table> users = users(converted, current, changes);
        if (users.isEmpty()) {
            add(new Change.DropRangeType(old), null);
            add(new Change.CreateRangeType(change.to()), null);
            return;
        }
        QualifiedName asideName = QualifiedName.of(old.name().schema(), old.name().name() + ASIDE);
        Step drop = add(new Change.DropRangeType(new RangeType(asideName, old.subtype(), old.definition(), null)),
                null);
        for (QualifiedName type : types) {
            add(new Change.RenameRangeAside(type, null, type.name() + ASIDE), drop);
        }
        // the constructors keep their names: the multirange's without arguments, and the range's when the subtype
        // stays, would clash with the new ones
        old.multirange().ifPresent(m -> add(new Change.RenameRangeAside(m, "", m.name() + ASIDE), drop));
        if (old.subtype().equals(change.to().subtype())) {
            String subtypes = old.subtype() + ", " + old.subtype();
            add(new Change.RenameRangeAside(old.name(), subtypes, old.name().name() + ASIDE), drop);
            add(new Change.RenameRangeAside(old.name(), subtypes + ", text", old.name().name() + ASIDE), drop);
        }
        for (Domain d : domains) {
            String domainAside = d.name().name() + ASIDE;
            add(new Change.DropDomain(new Domain(QualifiedName.of(d.name().schema(), domainAside), d.baseType(),
                    d.defaultExpression(), d.notNull(), d.collation(), d.constraints(), null)), drop);
            add(new Change.RenameDomainAside(d.name(), domainAside), drop);
        }
        add(new Change.CreateRangeType(change.to()), drop);
        convertColumns(users, converted, current, desired, changes, drop,
                (table, column) -> new Change.ConvertRangeColumn(table, column, converted.stream()
                        .filter(t -> References.isType(column.type(), t)).findFirst()
                        .map(t -> t.equals(old.name()) ? change.to().name()
                                : t.equals(old.multirange().orElse(null)) ? change.to().multirange().orElseThrow() : t)
                        .orElseThrow()));
    }

    /**
     * Whether a domain the diff drops and creates again (its range type is created again) has columns that stay:
     * it is set aside with the range type, and they are converted to the new domain.
     */
    private static boolean setAside(Domain domain, Catalog current, List<Change> changes) {
        boolean recreated = changes.stream().anyMatch(c -> c instanceof Change.CreateDomain d
                && d.domain().name().equals(domain.name()));
        boolean overRecreatedRange = changes.stream().anyMatch(c -> c instanceof Change.RecreateRange r
                && (References.isType(domain.baseType(), r.from().name()) || r.from().multirange()
                        .map(m -> References.isType(domain.baseType(), m)).orElse(false)));
        return recreated && overRecreatedRange && !users(List.of(domain.name()), current, changes).isEmpty();
    }

    /** The tables with a column that keeps one of the types (as its replacement), in catalog order. */
    private static List<Table> users(List<QualifiedName> types, Catalog current, List<Change> changes) {
        return current.tables().stream()
                .filter(t -> t.columns().stream().anyMatch(c -> isConverted(t, c, types, current, changes))).toList();
    }

    private void convertColumns(List<Table> users, List<QualifiedName> types, Catalog current, Catalog desired,
            List<Change> changes, Step drop, BiFunction<QualifiedName, Column, Change> conversion) {
        for (Table t : users) {
            for (Column c : t.columns()) {
                if (isConverted(t, c, types, current, changes)) {
                    convert(t.name(), c, isInherited(t, c, current) ? null : conversion.apply(t.name(), c), desired,
                            drop, changes);
                }
            }
        }
    }

    /**
     * Converts a column, its default set aside. A partition's or child's column that its parent has is
     * converted with the parent's (no conversion of its own); its own default is set aside all the same.
     */
    private void convert(QualifiedName table, Column column, Change conversion, Catalog desired, Step drop,
            List<Change> changes) {
        if (column.defaultExpression() != null && !hasChange(Change.DropDefault.class, table, column, changes)) {
            add(new Change.DropDefault(table, column.name()), drop);
        }
        if (conversion != null) {
            add(conversion, drop);
        }
        String newDefault = desired.table(table).flatMap(t -> t.column(column.name()))
                .map(Column::defaultExpression).orElse(null);
        if (newDefault != null && column.defaultExpression() != null
                && !hasChange(Change.SetDefault.class, table, column, changes)) {
            add(new Change.SetDefault(table, column.name(), newDefault), drop);
        }
    }

    /** Whether the diff has a change of the kind to the column anyway (one is enough). */
    private static boolean hasChange(Class<? extends Change.ColumnChange> kind, QualifiedName table, Column column,
            List<Change> changes) {
        return changes.stream().anyMatch(c -> kind.isInstance(c) && ((Change.ColumnChange) c).table().equals(table)
                && ((Change.ColumnChange) c).column().equals(column.name()));
    }

    /**
     * Whether a column of one of the types keeps it, as its replacement: its table stays, the diff neither drops
     * nor retypes it, and when it has the column from a parent, the parent's is converted too (else it goes with
     * the parent's).
     */
    private static boolean isConverted(Table table, Column column, List<QualifiedName> types, Catalog current,
            List<Change> changes) {
        if (types.stream().noneMatch(type -> References.isType(column.type(), type))
                || !isKept(table.name(), column, changes)
                || changes.stream().anyMatch(c -> c instanceof DropTable d && d.table().name().equals(table.name()))) {
            return false;
        }
        List<Table> parents = parents(table, column, current);
        return parents.isEmpty() || parents.stream()
                .anyMatch(p -> isConverted(p, p.column(column.name()).orElseThrow(), types, current, changes));
    }

    /** Whether a table has the column from its parent: a partition, or a child of a parent with the column. */
    private static boolean isInherited(Table table, Column column, Catalog current) {
        return !parents(table, column, current).isEmpty();
    }

    /** The parents of a table (of a partition, or inherited from) that have the column. */
    private static List<Table> parents(Table table, Column column, Catalog current) {
        List<QualifiedName> parents = table.properties().partitionOf() != null
                ? List.of(table.properties().partitionOf()) : table.properties().inherits();
        return parents.stream().flatMap(p -> current.table(p).stream())
                .filter(p -> p.column(column.name()).isPresent()).toList();
    }

    /** Whether a dropped table is a partition whose parent stays and is referenced by a foreign key. */
    private static boolean isReferencedPartition(Table table, Map<QualifiedName, Table> droppedTables,
            Catalog current) {
        QualifiedName parent = table.properties().partitionOf();
        return parent != null && !droppedTables.containsKey(parent) && current.tables().stream()
                .flatMap(t -> t.constraints().stream())
                .anyMatch(k -> k.foreignKey() != null && k.foreignKey().referencedTable().equals(parent));
    }

    /** Whether the diff leaves the column in place with its type (else it drops or retypes it anyway). */
    private static boolean isKept(QualifiedName table, Column column, List<Change> changes) {
        return changes.stream().noneMatch(c -> c instanceof Change.ColumnChange cc && cc.table().equals(table)
                && cc.column().equals(column.name())
                && (c instanceof DropColumn || c instanceof Change.ChangeColumnType));
    }

    /**
     * A foreign key depends on the key or unique index it references: when that is dropped (to be recreated
     * or replaced), a foreign key that the diff keeps must be dropped before and added again after.
     */
    private void rebuildForeignKeysOn(QualifiedName table, List<String> keyColumns, List<Change> changes,
            Catalog current, Catalog desired) {
        for (Table referencing : current.tables()) {
            for (Constraint fk : referencing.constraints()) {
                if (fk.foreignKey() != null && fk.foreignKey().referencedTable().equals(table)
                        && fk.foreignKey().referencedColumns().equals(keyColumns)
                        && !isDropped(referencing.name(), fk, changes)) {
                    desired.table(referencing.name()).flatMap(t -> t.constraint(fk.name())).ifPresent(kept -> {
                        add(new DropConstraint(referencing.name(), fk), null);
                        add(new AddConstraint(referencing.name(), kept), null);
                    });
                }
            }
        }
    }

    private static boolean isDropped(QualifiedName table, Constraint constraint, List<Change> changes) {
        return changes.stream().anyMatch(c -> c instanceof DropConstraint d && d.table().equals(table)
                && d.constraint().name().equals(constraint.name())
                || c instanceof DropTable t && t.table().name().equals(table));
    }

    /**
     * Foreign keys come after every table exists, which also breaks cycles of references. A partition's own
     * constraints all follow its {@code PARTITION OF}.
     */
    private void separateConstraints(Table table) {
        boolean partition = table.properties().partitionOf() != null;
        for (Constraint c : table.constraints()) {
            if (partition || !isInline(c)) {
                add(new AddConstraint(table.name(), c), null);
            }
        }
    }

    /**
     * Dropped tables that reference each other in a cycle cannot be dropped one after the other: the foreign
     * keys of the cycle go first. These drops only serve the table drops, so they are withheld with them.
     */
    private void dropForeignKeysInCycles(Table table, Step drop, Map<QualifiedName, Integer> cycleGroups) {
        for (Constraint c : table.constraints()) {
            QualifiedName referenced = c.foreignKey() == null ? null : c.foreignKey().referencedTable();
            boolean self = table.name().equals(referenced);
            // a partitioned table's key to itself holds on to each of its partitions, which go first
            if (referenced != null && (self ? table.properties().partitionKey() != null
                    : cycleGroups.get(table.name()).equals(cycleGroups.get(referenced)))) {
                add(new DropConstraint(table.name(), c), drop);
            }
        }
    }
}
