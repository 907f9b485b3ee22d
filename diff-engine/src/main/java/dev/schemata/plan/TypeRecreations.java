package dev.schemata.plan;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.Domain;
import dev.schemata.catalog.EnumType;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.RangeType;
import dev.schemata.catalog.Table;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.CreateEnum;
import dev.schemata.diff.Change.DropColumn;
import dev.schemata.diff.Change.DropEnum;
import dev.schemata.diff.Change.DropTable;
import dev.schemata.diff.Change.RecreateEnum;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The steps of an enum or range type that PostgreSQL cannot alter and the plan drops and creates again: while
 * columns use it, the old type steps aside under another name, the new one is created, the columns are converted
 * through text and the old type dropped. All of it goes with that drop, which is withheld unless allowed.
 */
final class TypeRecreations {
    /** What an old type is renamed to while its columns move to the new type of its name. */
    private static final String ASIDE = "__old";

    private final BiFunction<Change, Step, Step> add;
    private final Catalog current;
    private final Catalog desired;
    private final List<Change> changes;

    /** @param add adds a step to the plan, part of the given drop (or null) */
    TypeRecreations(BiFunction<Change, Step, Step> add, Catalog current, Catalog desired, List<Change> changes) {
        this.add = add;
        this.current = current;
        this.desired = desired;
        this.changes = changes;
    }

    /**
     * An enum whose labels are removed or reordered is dropped and created again. Columns that use it are
     * converted through text: the old type is renamed, the new one created, each column (its default set
     * aside) converted, the old type dropped. All of it goes with the drop, which is withheld unless allowed.
     */
    void recreate(RecreateEnum change) {
        EnumType old = change.from();
        List<QualifiedName> types = List.of(old.name());
        List<Table> users = users(types, current, changes);
        if (users.isEmpty()) {
            add.apply(new DropEnum(old), null);
            add.apply(new CreateEnum(change.to()), null);
            return;
        }
        String asideName = old.name().name() + ASIDE;
        EnumType aside = new EnumType(QualifiedName.of(old.name().schema(), asideName), old.labels(), null);
        Step drop = add.apply(new DropEnum(aside), null);
        add.apply(new Change.RenameEnum(old, asideName), drop);
        add.apply(new CreateEnum(change.to()), drop);
        convertColumns(users, types, drop,
                (table, column) -> new Change.ConvertEnumColumn(table, column, change.to().name()));
    }

    /**
     * A range type with another definition is dropped and created again; columns that use it or its multirange
     * are converted through text as an enum's are. Both old types step aside: renaming the range leaves its
     * multirange's name, which the new range's multirange takes.
     */
    void recreate(Change.RecreateRange change) {
        RangeType old = change.from();
        List<QualifiedName> types = new ArrayList<>(List.of(old.name()));
        old.multirange().ifPresent(types::add);
        List<Domain> domains = current.domains().stream().filter(d -> isSetAside(d, current, changes)
                && types.stream().anyMatch(t -> References.isType(d.baseType(), t))).toList();
        List<QualifiedName> converted = new ArrayList<>(types);
        domains.forEach(d -> converted.add(d.name()));
        List<Table> users = users(converted, current, changes);
        if (users.isEmpty()) {
            add.apply(new Change.DropRangeType(old), null);
            add.apply(new Change.CreateRangeType(change.to()), null);
            return;
        }
        QualifiedName asideName = QualifiedName.of(old.name().schema(), old.name().name() + ASIDE);
        Step drop = add.apply(new Change.DropRangeType(new RangeType(asideName, old.subtype(), old.definition(), null)),
                null);
        setAside(old, change.to(), types, domains, drop);
        add.apply(new Change.CreateRangeType(change.to()), drop);
        convertColumns(users, converted, drop, (table, column) -> new Change.ConvertRangeColumn(table, column,
                replacement(column, converted, change)));
    }

    /** The type a column converts to: the new range or multirange, or the domain over it (of the same name). */
    private static QualifiedName replacement(Column column, List<QualifiedName> converted,
            Change.RecreateRange change) {
        QualifiedName type = converted.stream().filter(t -> References.isType(column.type(), t)).findFirst()
                .orElseThrow();
        if (type.equals(change.from().name())) {
            return change.to().name();
        }
        return type.equals(change.from().multirange().orElse(null)) ? change.to().multirange().orElseThrow() : type;
    }

    /** Renames the old range, its multirange, their constructors that would clash and the domains over them. */
    private void setAside(RangeType old, RangeType replacement, List<QualifiedName> types, List<Domain> domains,
            Step drop) {
        for (QualifiedName type : types) {
            add.apply(new Change.RenameRangeAside(type, null, type.name() + ASIDE), drop);
        }
        // the constructors keep their names: the multirange's without arguments, and the range's when the subtype
        // stays, would clash with the new ones
        old.multirange().ifPresent(m -> add.apply(new Change.RenameRangeAside(m, "", m.name() + ASIDE), drop));
        if (old.subtype().equals(replacement.subtype())) {
            String subtypes = old.subtype() + ", " + old.subtype();
            add.apply(new Change.RenameRangeAside(old.name(), subtypes, old.name().name() + ASIDE), drop);
            add.apply(new Change.RenameRangeAside(old.name(), subtypes + ", text", old.name().name() + ASIDE), drop);
        }
        for (Domain d : domains) {
            String domainAside = d.name().name() + ASIDE;
            add.apply(new Change.DropDomain(new Domain(QualifiedName.of(d.name().schema(), domainAside), d.baseType(),
                    d.defaultExpression(), d.notNull(), d.collation(), d.constraints(), null)), drop);
            add.apply(new Change.RenameDomainAside(d.name(), domainAside), drop);
        }
    }

    /**
     * Whether a domain the diff drops and creates again (its range type is created again) has columns that stay:
     * it is set aside with the range type, and they are converted to the new domain.
     */
    static boolean isSetAside(Domain domain, Catalog current, List<Change> changes) {
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

    private void convertColumns(List<Table> users, List<QualifiedName> types, Step drop,
            BiFunction<QualifiedName, Column, Change> conversion) {
        for (Table t : users) {
            for (Column c : t.columns()) {
                if (isConverted(t, c, types, current, changes)) {
                    convert(t.name(), c, isInherited(t, c, current) ? null : conversion.apply(t.name(), c), drop);
                }
            }
        }
    }

    /**
     * Converts a column, its default set aside. A partition's or child's column that its parent has is
     * converted with the parent's (no conversion of its own); its own default is set aside all the same.
     */
    private void convert(QualifiedName table, Column column, Change conversion, Step drop) {
        if (column.defaultExpression() != null && !hasChange(Change.DropDefault.class, table, column, changes)) {
            add.apply(new Change.DropDefault(table, column.name()), drop);
        }
        if (conversion != null) {
            add.apply(conversion, drop);
        }
        String newDefault = desired.table(table).flatMap(t -> t.column(column.name()))
                .map(Column::defaultExpression).orElse(null);
        if (newDefault != null && column.defaultExpression() != null
                && !hasChange(Change.SetDefault.class, table, column, changes)) {
            add.apply(new Change.SetDefault(table, column.name(), newDefault), drop);
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

    /** Whether the diff leaves the column in place with its type (else it drops or retypes it anyway). */
    private static boolean isKept(QualifiedName table, Column column, List<Change> changes) {
        return changes.stream().noneMatch(c -> c instanceof Change.ColumnChange cc && cc.table().equals(table)
                && cc.column().equals(column.name())
                && (c instanceof DropColumn || c instanceof Change.ChangeColumnType));
    }
}
