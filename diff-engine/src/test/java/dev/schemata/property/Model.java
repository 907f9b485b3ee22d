package dev.schemata.property;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A random schema as plain mutable objects, each with an id that survives renames: the two schemas of a pair
 * are generated from the same seed, so an object with the same id in both is the same object, and one whose
 * name differs was renamed (the rendered SQL carries the {@code -- @renamed} annotation).
 *
 * <p>Every object lists what it needs ({@link Part#needs}: ids of tables, columns, types, ...) and the types of
 * the columns it was written for ({@link Part#typed}); {@link #prune()} drops whatever lost one of them, so an
 * edit may drop or change anything and the schema stays loadable.
 */
final class Model {
    final List<Schema> schemas = new ArrayList<>();
    final List<EnumType> enums = new ArrayList<>();
    final List<Domain> domains = new ArrayList<>();
    final List<Composite> composites = new ArrayList<>();
    final List<RangeType> ranges = new ArrayList<>();
    final List<Sequence> sequences = new ArrayList<>();
    final List<Function> functions = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<View> views = new ArrayList<>();
    final List<Trigger> triggers = new ArrayList<>();
    final List<Policy> policies = new ArrayList<>();
    // family "definitions": text search, operators, casts, aggregates, conversions, event triggers, foreign data
    final List<Part> definitions = new ArrayList<>(); // see Definitions
    // family "access and publication": grants, default privileges, publications, statistics, collations,
    // extensions (see AccessModel)
    final List<Part> access = new ArrayList<>();
    private int nextId;
    private int nextName;

    int id() {
        return ++nextId;
    }

    /** A fresh name, unique across every kind (tables, types and indexes share PostgreSQL's namespaces). */
    String name(String prefix) {
        return prefix + (++nextName);
    }

    /** Names drawn after the edits must not collide with those the first schema drew: start far apart. */
    void skipNames(int count) {
        nextName += count;
        nextId += count;
    }

    abstract static class Part {
        final int id;
        String name;
        String comment;
        Integer schema; // for an object that lives in a schema: the id of a schema other than public, or null

        Part(int id, String name) {
            this.id = id;
            this.name = name;
        }

        Set<Integer> needs() {
            return Set.of();
        }

        /** Column id to the type signature (see {@link Column#signature()}) this part was written for. */
        Map<Integer, String> typed() {
            return Map.of();
        }
    }

    /** A schema besides public; what lives in it goes with it. */
    static final class Schema extends Part {
        Schema(int id, String name) {
            super(id, name);
        }
    }

    static final class EnumType extends Part {
        final List<Label> labels = new ArrayList<>();

        EnumType(int id, String name) {
            super(id, name);
        }
    }

    static final class Label extends Part {
        Label(int id, String name) {
            super(id, name);
        }
    }

    static final class Domain extends Part {
        String base; // integer or text
        String check; // over VALUE, or null
        boolean notNull;

        Domain(int id, String name) {
            super(id, name);
        }
    }

    static final class Composite extends Part {
        final List<Column> fields = new ArrayList<>();

        Composite(int id, String name) {
            super(id, name);
        }

        @Override
        Set<Integer> needs() {
            Set<Integer> needs = new HashSet<>();
            fields.forEach(f -> needs.addAll(f.needs()));
            return needs;
        }
    }

    /** A range type over a built-in subtype (its multirange comes with it). */
    static final class RangeType extends Part {
        String subtype; // integer, numeric or date

        RangeType(int id, String name) {
            super(id, name);
        }
    }

    static final class Sequence extends Part {
        int increment = 1;
        long start = 1;
        boolean cycle;
        Integer ownedBy; // a column of a table in the same schema, or null (cleared when that goes, see prune)

        Sequence(int id, String name) {
            super(id, name);
        }
    }

    /** A SQL or plpgsql function over integers, or a plpgsql trigger function. */
    static final class Function extends Part {
        boolean trigger;
        boolean plpgsql;
        String body; // for SQL/plpgsql: an expression over the argument a

        Function(int id, String name) {
            super(id, name);
        }
    }

    static final class Column extends Part {
        String type; // a built-in type, or null when userType is set
        Integer userType; // id of an enum, domain or composite
        boolean notNull;
        String defaultSql;
        Integer defaultSequence; // nextval of this sequence
        Integer defaultLabel; // a label of its enum type
        String identity; // ALWAYS, BY DEFAULT or null
        String serial; // serial, bigserial or null
        String generated; // GENERATED ALWAYS AS (this) STORED, with {id} placeholders, or null
        Integer generatedFrom; // the column the expression reads
        String storage; // PLAIN, MAIN, EXTERNAL, EXTENDED or null (the type's own), for a varlena type only
        String compression; // pglz or null, for a varlena type only
        Integer collation; // family "access and publication": an AccessModel.Collation, for a text column

        Column(int id, String name) {
            super(id, name);
        }

        /** What an object written for this column's type checks: same text, same type. */
        String signature() {
            if (serial != null) {
                return serial.equals("serial") ? "integer" : "bigint";
            }
            return userType != null ? "#" + userType : type;
        }

        @Override
        Set<Integer> needs() {
            Set<Integer> needs = new HashSet<>();
            if (userType != null) {
                needs.add(userType);
            }
            if (defaultSequence != null) {
                needs.add(defaultSequence);
            }
            if (defaultLabel != null) {
                needs.add(defaultLabel);
            }
            if (collation != null) {
                needs.add(collation);
            }
            return needs;
        }

        @Override
        Map<Integer, String> typed() {
            Map<Integer, String> typed = new LinkedHashMap<>();
            if (defaultSequence != null) {
                typed.put(id, signature());
            }
            if (generatedFrom != null) {
                typed.put(generatedFrom, "integer");
            }
            return typed;
        }
    }

    /**
     * A primary key, unique, check, exclusion or foreign key constraint of a table; name null for PostgreSQL's
     * own.
     */
    static final class Constraint extends Part {
        String kind; // PRIMARY KEY, UNIQUE, CHECK, EXCLUDE (gist, WITH && on range columns), FOREIGN KEY
        final List<Integer> columns = new ArrayList<>();
        String check; // for CHECK: SQL with {id} placeholders for column names
        Integer referencedTable; // for FOREIGN KEY: a table declared earlier (or this one)
        Integer referencedKey; // its primary key or unique constraint
        final List<Integer> referencedColumns = new ArrayList<>();
        String onDelete;
        final Map<Integer, String> typed = new LinkedHashMap<>();
        final Set<Integer> functionsUsed = new HashSet<>();

        Constraint(int id, String name) {
            super(id, name);
        }

        @Override
        Set<Integer> needs() {
            Set<Integer> needs = new HashSet<>(columns);
            needs.addAll(referencedColumns);
            needs.addAll(functionsUsed);
            if (referencedKey != null) {
                needs.add(referencedKey);
            }
            return needs;
        }

        @Override
        Map<Integer, String> typed() {
            return typed;
        }
    }

    /**
     * A table: plain, partitioned (by one of its columns), a partition of a partitioned table (its columns are
     * the parent's, none of its own), or a plain table that inherits from plain tables declared before it.
     */
    static final class Table extends Part {
        boolean rowLevelSecurity;
        final List<Column> columns = new ArrayList<>();
        final List<Constraint> constraints = new ArrayList<>();
        String partitionBy; // RANGE or LIST, for a partitioned table
        Integer partitionKey; // its key column
        String keyType; // the key column's signature the bounds of the partitions are written for
        Integer partitionOf; // for a partition: the partitioned table
        String bound; // for a partition: FOR VALUES ... or DEFAULT
        final List<Integer> inherits = new ArrayList<>(); // parents (cleared of dropped ones, see prune)

        Table(int id, String name) {
            super(id, name);
        }

        @Override
        Set<Integer> needs() {
            Set<Integer> needs = new HashSet<>();
            if (partitionKey != null) {
                needs.add(partitionKey);
            }
            if (partitionOf != null) {
                needs.add(partitionOf);
            }
            return needs;
        }

        @Override
        Map<Integer, String> typed() {
            return partitionKey == null ? Map.of() : Map.of(partitionKey, keyType);
        }
    }

    static final class Index extends Part {
        int table;
        boolean unique;
        final List<Integer> columns = new ArrayList<>(); // plain key columns
        String expression; // or one expression with {id} placeholders
        String where; // partial index predicate with {id} placeholders
        final Map<Integer, String> typed = new LinkedHashMap<>();

        Index(int id, String name) {
            super(id, name);
        }

        @Override
        Set<Integer> needs() {
            Set<Integer> needs = new HashSet<>(columns);
            needs.add(table);
            needs.addAll(typed.keySet());
            return needs;
        }

        @Override
        Map<Integer, String> typed() {
            return typed;
        }
    }

    static final class View extends Part {
        boolean materialized;
        int table; // a table or a view declared before this one
        final List<Integer> columns = new ArrayList<>();
        String where; // with {id} placeholders, type-agnostic

        View(int id, String name) {
            super(id, name);
        }

        @Override
        Set<Integer> needs() {
            Set<Integer> needs = new HashSet<>(columns);
            needs.add(table);
            return needs;
        }
    }

    static final class Trigger extends Part {
        int table;
        int function;
        String timing; // BEFORE or AFTER
        String events; // INSERT, INSERT OR UPDATE, ...

        Trigger(int id, String name) {
            super(id, name);
        }

        @Override
        Set<Integer> needs() {
            return Set.of(table, function);
        }
    }

    static final class Policy extends Part {
        int table;
        String command; // ALL, SELECT, ...
        String using; // with {id} placeholders, type-agnostic
        final List<Integer> columns = new ArrayList<>();

        Policy(int id, String name) {
            super(id, name);
        }

        @Override
        Set<Integer> needs() {
            Set<Integer> needs = new HashSet<>(columns);
            needs.add(table);
            return needs;
        }
    }

    /** Every part with an id, so lookups and pruning see one namespace. */
    Map<Integer, Part> parts() {
        Map<Integer, Part> parts = new LinkedHashMap<>();
        List<Part> all = new ArrayList<>();
        all.addAll(schemas);
        all.addAll(enums);
        enums.forEach(e -> all.addAll(e.labels));
        all.addAll(domains);
        all.addAll(composites);
        all.addAll(ranges);
        all.addAll(sequences);
        all.addAll(functions);
        for (Table t : tables) {
            all.add(t);
            all.addAll(t.columns);
            all.addAll(t.constraints);
        }
        all.addAll(indexes);
        all.addAll(views);
        all.addAll(triggers);
        all.addAll(policies);
        all.addAll(definitions); // family "definitions"
        all.addAll(access); // family "access and publication"
        all.forEach(p -> parts.put(p.id, p));
        return parts;
    }

    Part part(int id) {
        return parts().get(id);
    }

    Column column(int id) {
        return (Column) part(id);
    }

    /** The columns a table has: its own, then those of its parent (a partition) or parents (inheritance). */
    List<Column> columnsOf(Table t) {
        List<Column> columns = new ArrayList<>(t.columns);
        if (t.partitionOf != null && part(t.partitionOf) instanceof Table parent) {
            columns.addAll(0, columnsOf(parent));
        }
        for (int p : t.inherits) {
            if (part(p) instanceof Table parent) {
                columnsOf(parent).stream().filter(c -> !columns.contains(c)).forEach(columns::add);
            }
        }
        return columns;
    }

    /** The columns a view selects from its table or view. */
    List<Integer> sourceColumns(View v) {
        Part source = part(v.table);
        return source instanceof View from ? from.columns
                : columnsOf((Table) source).stream().map(c -> c.id).toList();
    }

    Table tableOf(int columnId) {
        return tables.stream().filter(t -> t.columns.stream().anyMatch(c -> c.id == columnId)).findFirst()
                .orElseThrow();
    }

    /** Removes the part with this id (and, through {@link #prune()}, whatever needed it). */
    void remove(int id) {
        Predicate<Part> it = p -> p.id == id;
        schemas.removeIf(it);
        enums.removeIf(it);
        enums.forEach(e -> e.labels.removeIf(it));
        domains.removeIf(it);
        composites.removeIf(it);
        ranges.removeIf(it);
        sequences.removeIf(it);
        functions.removeIf(it);
        tables.removeIf(it);
        tables.forEach(t -> {
            t.columns.removeIf(it);
            t.constraints.removeIf(it);
        });
        indexes.removeIf(it);
        views.removeIf(it);
        triggers.removeIf(it);
        policies.removeIf(it);
        definitions.removeIf(it); // family "definitions"
        access.removeIf(it); // family "access and publication"
        prune();
    }

    /** Drops, until none is left, every part that needs a missing one or was written for another column type. */
    void prune() {
        while (pruneOne()) {
            // again: what the removed part took with it may leave others lacking
        }
    }

    /** Removes one part that is no longer valid, or clears links that are lost; whether it removed one. */
    private boolean pruneOne() {
        Map<Integer, Part> parts = parts();
        for (Part p : parts.values()) {
            if (!valid(p, parts)) {
                remove(p.id);
                return true;
            }
        }
        clearLostLinks(parts);
        List<Part> empty = new ArrayList<>(lostColumns());
        views.stream().filter(v -> !sourceColumns(v).containsAll(v.columns)).forEach(empty::add);
        tables.stream().filter(t -> t.partitionOf == null && columnsOf(t).isEmpty()).forEach(empty::add); // simpler
        enums.stream().filter(e -> e.labels.isEmpty()).forEach(empty::add);
        composites.stream().filter(c -> c.fields.isEmpty()).forEach(empty::add);
        if (empty.isEmpty()) {
            return false;
        }
        remove(empty.get(0).id);
        return true;
    }

    /**
     * The constraints, indexes and policies whose table no longer has a column they use: one that inherited it
     * lost the parent.
     */
    private List<Part> lostColumns() {
        List<Part> lost = new ArrayList<>();
        for (Table t : tables) {
            Set<Integer> has = new HashSet<>(columnsOf(t).stream().map(c -> c.id).toList());
            t.constraints.stream().filter(k -> !has.containsAll(k.columns)).forEach(lost::add);
            indexes.stream().filter(i -> i.table == t.id)
                    .filter(i -> !has.containsAll(i.columns) || !has.containsAll(i.typed.keySet())).forEach(lost::add);
            policies.stream().filter(p -> p.table == t.id && !has.containsAll(p.columns)).forEach(lost::add);
        }
        return lost;
    }

    /**
     * What a part may lose without going: a parent of inheritance, the column owning a sequence (PostgreSQL drops
     * an owned sequence with its column, but the schema being written keeps it unowned).
     */
    private void clearLostLinks(Map<Integer, Part> parts) {
        for (Table t : tables) {
            t.inherits.removeIf(p -> !parts.containsKey(p));
        }
        for (Sequence s : sequences) {
            if (s.ownedBy != null && (!parts.containsKey(s.ownedBy)
                    || !java.util.Objects.equals(tableOf(s.ownedBy).schema, s.schema))) {
                s.ownedBy = null;
            }
        }
    }

    private static boolean valid(Part p, Map<Integer, Part> parts) {
        if (p.schema != null && !parts.containsKey(p.schema)) {
            return false;
        }
        for (int need : p.needs()) {
            if (!parts.containsKey(need)) {
                return false;
            }
        }
        for (Map.Entry<Integer, String> t : p.typed().entrySet()) {
            if (!(parts.get(t.getKey()) instanceof Column c) || !c.signature().equals(t.getValue())) {
                return false;
            }
        }
        return true;
    }
}
