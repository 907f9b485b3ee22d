package dev.schemata.property;

import dev.schemata.property.Model.Column;
import dev.schemata.property.Model.Constraint;
import dev.schemata.property.Model.Sequence;
import dev.schemata.property.Model.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The tables of {@link SchemaGenerator} beyond plain ones, and what goes with them: partitioned tables (range or
 * list) and their partitions, tables inheriting from others, exclusion constraints, sequences owned by columns.
 */
final class TableShapes {
    private final SchemaGenerator g;
    private final Model model;

    TableShapes(SchemaGenerator g) {
        this.g = g;
        this.model = g.model;
    }

    /** A table partitioned by one column (its type fixed: the partitions' bounds are written for it). */
    boolean addPartitionedTable() {
        Table t = g.placed(new Table(model.id(), model.name("pt")));
        t.partitionBy = g.chance(50) ? "RANGE" : "LIST";
        Column key = new Column(model.id(), model.name("c"));
        key.type = t.partitionBy.equals("RANGE") ? g.pick(List.of("integer", "date")) : g.pick(List.of("integer", "text"));
        key.notNull = g.chance(50);
        t.columns.add(key);
        t.partitionKey = key.id;
        t.keyType = key.type;
        model.tables.add(t);
        if (g.chance(50)) {
            Constraint pk = new Constraint(model.id(), g.chance(50) ? model.name("pk") : null);
            pk.kind = "PRIMARY KEY";
            pk.columns.add(key.id);
            key.notNull = true;
            t.constraints.add(pk);
        }
        for (int i = 0, n = 1 + g.draw(3); i < n; i++) {
            g.addColumn(t);
        }
        g.repeat(1, () -> g.addConstraint(t));
        for (int i = 0, n = 1 + g.draw(3); i < n; i++) {
            addPartition(t);
        }
        return true;
    }

    /** A partition of a random partitioned table. */
    boolean addPartition() {
        List<Table> partitioned = model.tables.stream().filter(t -> t.partitionBy != null).toList();
        return !partitioned.isEmpty() && addPartition(g.pick(partitioned));
    }

    private boolean addPartition(Table parent) {
        Table p = g.placed(new Table(model.id(), model.name("p")));
        p.partitionOf = parent.id;
        p.bound = bound(parent, p.id);
        model.tables.add(p);
        g.repeat(1, () -> g.addConstraint(p));
        return true;
    }

    /** Bounds no other partition of the parent has (they are drawn from the partition's id), or DEFAULT. */
    private String bound(Table parent, int id) {
        boolean hasDefault = model.tables.stream()
                .anyMatch(x -> Objects.equals(x.partitionOf, parent.id) && "DEFAULT".equals(x.bound));
        if (!hasDefault && g.chance(15)) {
            return "DEFAULT";
        }
        String key = parent.keyType;
        if (parent.partitionBy.equals("LIST")) {
            return "FOR VALUES IN (" + (key.equals("text") ? "'v" + id + "'" : id + ", " + (id + 10000)) + ")";
        }
        if (key.equals("date")) {
            LocalDate from = LocalDate.of(2000, 1, 1).plusMonths(id);
            return "FOR VALUES FROM ('" + from + "') TO ('" + from.plusMonths(1) + "')";
        }
        return "FOR VALUES FROM (" + id * 100 + ") TO (" + (id * 100 + 100) + ")";
    }

    /** Moves a partition to bounds of its own kind elsewhere (detached and attached again). */
    boolean changeBound() {
        List<Table> partitions = model.tables.stream().filter(t -> t.partitionOf != null).toList();
        if (partitions.isEmpty()) {
            return false;
        }
        Table p = g.pick(partitions);
        p.bound = bound((Table) model.part(p.partitionOf), model.id());
        return true;
    }

    /**
     * Moves a partition to another partitioned table, a new one when there is no other: it takes the new
     * parent's columns and bounds of its kind.
     * What was written for its old columns goes (its own keys, indexes, and the parts that use it), and it is
     * declared last, after its new parent.
     */
    boolean movePartition() {
        List<Table> partitions = model.tables.stream().filter(t -> t.partitionOf != null).toList();
        if (partitions.isEmpty()) {
            return false;
        }
        Table p = g.pick(partitions);
        if (model.tables.stream().noneMatch(t -> t.partitionBy != null && t.id != p.partitionOf)) {
            addPartitionedTable(); // a new parent to move to
        }
        List<Table> parents = model.tables.stream().filter(t -> t.partitionBy != null).toList();
        Table to = g.pick(parents.stream().filter(t -> t.id != p.partitionOf).toList());
        p.constraints.clear();
        model.parts().values().stream().filter(x -> x != p && x.needs().contains(p.id)).map(x -> x.id).toList()
                .forEach(model::remove);
        p.partitionOf = to.id;
        p.bound = bound(to, model.id());
        model.tables.remove(p);
        model.tables.add(p);
        return true;
    }

    /** A plain table inheriting from one or two plain tables declared before it. */
    boolean addChildTable() {
        List<Table> parents = plainTables();
        if (parents.isEmpty()) {
            return false;
        }
        Table t = g.placed(new Table(model.id(), model.name("ch")));
        t.inherits.add(g.pick(parents).id);
        Table second = g.pick(parents);
        if (g.chance(20) && !t.inherits.contains(second.id)) {
            t.inherits.add(second.id);
        }
        model.tables.add(t);
        for (int i = 0, n = g.draw(3); i < n; i++) {
            g.addColumn(t);
        }
        g.repeat(1, () -> g.addConstraint(t));
        return true;
    }

    /** Gives a plain table another parent declared before it, or takes one away. */
    boolean changeInheritance() {
        List<Table> plain = plainTables();
        if (plain.isEmpty()) {
            return false;
        }
        Table t = g.pick(plain);
        if (!t.inherits.isEmpty() && g.chance(50)) {
            t.inherits.remove(g.draw(t.inherits.size()));
            model.prune(); // what used the columns it inherited goes
            return true;
        }
        List<Table> before = plain.subList(0, plain.indexOf(t)).stream().filter(p -> !t.inherits.contains(p.id))
                .toList();
        if (before.isEmpty()) {
            return false;
        }
        t.inherits.add(g.pick(before).id);
        return true;
    }

    private List<Table> plainTables() {
        return model.tables.stream().filter(t -> t.partitionBy == null && t.partitionOf == null).toList();
    }

    /** An exclusion constraint over one or two range columns of a table that is not partitioned. */
    boolean addExclusion(Table t, Constraint k) {
        if (t.partitionBy != null || t.partitionOf != null) {
            return false;
        }
        List<Column> ranges = model.columnsOf(t).stream().filter(g::isRange).toList();
        if (ranges.isEmpty()) {
            return false;
        }
        k.kind = "EXCLUDE";
        for (Column c : List.of(g.pick(ranges), g.pick(ranges))) {
            if (!k.columns.contains(c.id)) {
                k.columns.add(c.id);
                k.typed.put(c.id, c.signature());
            }
        }
        if (t.constraints.stream().anyMatch(x -> x.kind.equals("EXCLUDE") && x.columns.equals(k.columns))) {
            return false; // PostgreSQL keeps one of two alike exclusion constraints (seed 9982)
        }
        t.constraints.add(k);
        return true;
    }

    /** Makes a sequence owned by an integer column of a table in its schema, sometimes its default too. */
    boolean ownSequence() {
        if (model.sequences.isEmpty()) {
            return false;
        }
        Sequence s = g.pick(model.sequences);
        List<Column> columns = new ArrayList<>();
        model.tables.stream().filter(t -> Objects.equals(t.schema, s.schema)).forEach(t -> t.columns.stream()
                .filter(c -> c.type != null && SchemaGenerator.INTEGERS.contains(c.type)).forEach(columns::add));
        if (columns.isEmpty()) {
            return false;
        }
        Column c = g.pick(columns);
        s.ownedBy = c.id;
        if (c.identity == null && c.generated == null && g.chance(50)) {
            c.defaultSql = null;
            c.defaultLabel = null;
            c.defaultSequence = s.id;
        }
        return true;
    }

    boolean disownSequence() {
        List<Sequence> owned = model.sequences.stream().filter(s -> s.ownedBy != null).toList();
        if (owned.isEmpty()) {
            return false;
        }
        g.pick(owned).ownedBy = null;
        return true;
    }
}
