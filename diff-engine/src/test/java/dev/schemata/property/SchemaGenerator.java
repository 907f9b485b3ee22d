package dev.schemata.property;

import dev.schemata.property.Model.Column;
import dev.schemata.property.Model.Composite;
import dev.schemata.property.Model.Constraint;
import dev.schemata.property.Model.Domain;
import dev.schemata.property.Model.EnumType;
import dev.schemata.property.Model.Function;
import dev.schemata.property.Model.Index;
import dev.schemata.property.Model.Label;
import dev.schemata.property.Model.Part;
import dev.schemata.property.Model.Policy;
import dev.schemata.property.Model.RangeType;
import dev.schemata.property.Model.Schema;
import dev.schemata.property.Model.Sequence;
import dev.schemata.property.Model.Table;
import dev.schemata.property.Model.Trigger;
import dev.schemata.property.Model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Random valid schemas and random edits of them, the same for the same seed. {@link #schema} draws a schema;
 * {@link #edit} adds, drops, alters and renames parts of one (renames are annotated when rendered, see
 * {@link ModelSql}).
 */
final class SchemaGenerator {
    /** Built-in column types with defaults that fit them. */
    private static final Map<String, List<String>> TYPES = Map.ofEntries(
            Map.entry("integer", List.of("0", "42")), Map.entry("bigint", List.of("0", "7")),
            Map.entry("smallint", List.of("1")), Map.entry("text", List.of("'x'", "''")),
            Map.entry("varchar(20)", List.of("'v'")), Map.entry("numeric(10,2)", List.of("0", "1.5")),
            Map.entry("boolean", List.of("true", "false")), Map.entry("date", List.of("CURRENT_DATE", "'2020-01-01'")),
            Map.entry("timestamptz", List.of("now()")), Map.entry("timestamp", List.of("'2020-01-01 00:00'")),
            Map.entry("jsonb", List.of("'{}'")), Map.entry("uuid", List.of("gen_random_uuid()")),
            Map.entry("double precision", List.of("0")), Map.entry("text[]", List.of("'{}'")),
            Map.entry("integer[]", List.of("'{}'")), Map.entry("interval", List.of("'1 day'")),
            Map.entry("inet", List.of("'127.0.0.1'")), Map.entry("char(3)", List.of("'abc'")),
            Map.entry("bytea", List.of("'\\x00'")), Map.entry("int4range", List.of("'[1,5)'")),
            Map.entry("daterange", List.of("'[2020-01-01,2020-02-01)'")));
    private static final List<String> TYPE_NAMES = TYPES.keySet().stream().sorted().toList();
    static final List<String> INTEGERS = List.of("integer", "bigint", "smallint");
    /** Types whose values may be stored out of line: the ones a column's storage and compression apply to. */
    private static final List<String> VARLENA = List.of("text", "varchar(20)", "bytea", "jsonb", "text[]");
    private static final List<String> STORAGES = List.of("PLAIN", "MAIN", "EXTERNAL", "EXTENDED");
    private static final Map<String, String> RANGE_DEFAULTS = Map.of("integer", "'[1,5)'",
            "numeric", "'[1.5,2.5)'", "date", "'[2020-01-01,2020-02-01)'");

    private final Random random;
    final Model model;
    private final TableShapes shapes;
    private final DefinitionShapes definitions; // family "definitions"
    private final AccessShapes access; // family "access and publication"

    private SchemaGenerator(Random random, Model model) {
        this.random = random;
        this.model = model;
        this.shapes = new TableShapes(this);
        this.definitions = new DefinitionShapes(this); // family "definitions"
        this.access = new AccessShapes(this);
    }

    /** A random schema; the same seed gives the same schema, ids and names. */
    static Model schema(long seed) {
        Model model = new Model();
        new SchemaGenerator(new Random(seed), model).fill();
        model.prune();
        AccessShapes.sanitize(model);
        return model;
    }

    /** Applies one to {@code max} random edits to {@code model}. */
    static void edit(Model model, long seed, int max) {
        SchemaGenerator g = new SchemaGenerator(new Random(seed), model);
        int edits = 1 + g.random.nextInt(max);
        for (int i = 0; i < edits; i++) {
            g.oneEdit();
            model.prune();
        }
        AccessShapes.sanitize(model);
    }

    private void fill() {
        repeat(2, this::addSchema);
        repeat(2, this::addEnum);
        repeat(2, this::addDomain);
        repeat(1, this::addComposite);
        repeat(1, this::addRange);
        repeat(2, this::addSequence);
        repeat(2, this::addFunction);
        repeat(1, this::addTriggerFunction);
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            anyTable();
        }
        repeat(2, shapes::ownSequence);
        repeat(4, this::addIndex);
        repeat(3, this::addView);
        repeat(2, this::addTrigger);
        repeat(2, this::addPolicy);
        definitions.fill(); // family "definitions"
        access.fill(); // family "access and publication"
        repeat(3, this::addComment);
    }

    /** A plain table mostly; sometimes a partitioned one with partitions, or one inheriting from plain ones. */
    private boolean anyTable() {
        int shape = random.nextInt(100);
        if (shape < 12) {
            return shapes.addPartitionedTable();
        } else if (shape < 24 && shapes.addChildTable()) {
            return true;
        }
        return addTable();
    }

    void repeat(int max, BooleanSupplier add) {
        for (int i = 0, n = random.nextInt(max + 1); i < n; i++) {
            add.getAsBoolean();
        }
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    int draw(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    // ---- additions ----

    /** Puts a new object into one of the schemas besides public, now and then. */
    <P extends Part> P placed(P part) {
        if (!model.schemas.isEmpty() && chance(30)) {
            part.schema = pick(model.schemas).id;
        }
        return part;
    }

    private boolean addSchema() {
        model.schemas.add(new Schema(model.id(), model.name("sch")));
        return true;
    }

    private boolean addRange() {
        RangeType r = placed(new RangeType(model.id(), model.name("r")));
        r.subtype = pick(List.copyOf(new java.util.TreeSet<>(RANGE_DEFAULTS.keySet())));
        model.ranges.add(r);
        return true;
    }

    private boolean addEnum() {
        EnumType e = placed(new EnumType(model.id(), model.name("e")));
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            e.labels.add(new Label(model.id(), model.name("l")));
        }
        model.enums.add(e);
        return true;
    }

    private boolean addDomain() {
        Domain d = placed(new Domain(model.id(), model.name("d")));
        d.base = chance(50) ? "integer" : "text";
        d.check = chance(70) ? (d.base.equals("integer") ? "VALUE > " + random.nextInt(3) : "length(VALUE) < 100")
                : null;
        d.notNull = chance(20);
        model.domains.add(d);
        return true;
    }

    private boolean addComposite() {
        Composite c = placed(new Composite(model.id(), model.name("ct")));
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            Column f = new Column(model.id(), model.name("f"));
            f.type = pick(TYPE_NAMES);
            c.fields.add(f);
        }
        model.composites.add(c);
        return true;
    }

    private boolean addSequence() {
        Sequence s = placed(new Sequence(model.id(), model.name("s")));
        s.increment = pick(List.of(1, 1, 2, 10, -1));
        s.start = s.increment < 0 ? -1 : 1 + random.nextInt(100);
        s.cycle = chance(20);
        model.sequences.add(s);
        return true;
    }

    private boolean addFunction() {
        Function f = placed(new Function(model.id(), model.name("fn")));
        f.plpgsql = chance(50);
        f.body = "a + " + random.nextInt(10);
        model.functions.add(f);
        return true;
    }

    private boolean addTriggerFunction() {
        Function f = placed(new Function(model.id(), model.name("tf")));
        f.trigger = true;
        f.body = chance(50) ? "NULL;" : "PERFORM " + random.nextInt(10) + ";";
        model.functions.add(f);
        return true;
    }

    private boolean addTable() {
        Table t = placed(new Table(model.id(), model.name("t")));
        model.tables.add(t);
        if (chance(70)) {
            Column id = new Column(model.id(), model.name("c"));
            int how = random.nextInt(3);
            id.type = chance(50) ? "integer" : "bigint";
            if (how == 0) {
                id.identity = chance(50) ? "ALWAYS" : "BY DEFAULT";
            } else if (how == 1) {
                id.serial = id.type.equals("integer") ? "serial" : "bigserial";
                id.type = null;
            }
            id.notNull = true;
            t.columns.add(id);
            Constraint pk = new Constraint(model.id(), chance(50) ? model.name("pk") : null);
            pk.kind = "PRIMARY KEY";
            pk.columns.add(id.id);
            t.constraints.add(pk);
        }
        for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
            addColumn(t);
        }
        repeat(2, () -> addConstraint(t));
        return true;
    }

    boolean addColumn(Table t) {
        if (t.partitionOf != null) {
            return false; // a partition has its parent's columns only
        }
        Column c = new Column(model.id(), model.name("c"));
        List<Column> integers = t.columns.stream().filter(x -> x.generated == null && "integer".equals(x.signature()))
                .toList();
        if (!integers.isEmpty() && chance(15)) {
            c.type = chance(50) ? "integer" : "bigint";
            c.generatedFrom = pick(integers).id;
            c.generated = "{" + c.generatedFrom + "} * " + (2 + random.nextInt(3));
            t.columns.add(c);
            return true;
        }
        setType(c);
        c.notNull = chance(30);
        if (chance(30)) {
            setDefault(c);
        }
        setStorage(c);
        t.columns.add(c);
        return true;
    }

    /** Sometimes a storage or compression other than the type's own, for a type stored out of line. */
    private void setStorage(Column c) {
        c.storage = null;
        c.compression = null;
        if (c.type != null && VARLENA.contains(c.type) && c.serial == null) {
            c.storage = chance(25) ? pick(STORAGES) : null;
            c.compression = chance(15) ? "pglz" : null;
        }
    }

    /** A random type: mostly built-in, sometimes an enum, domain or composite of the schema. */
    private void setType(Column c) {
        c.type = pick(TYPE_NAMES);
        c.userType = null;
        c.serial = null;
        c.identity = null;
        c.defaultSql = null;
        c.defaultSequence = null;
        c.defaultLabel = null;
        c.generated = null;
        c.generatedFrom = null;
        c.storage = null;
        c.compression = null;
        c.collation = null; // family "access and publication"
        List<Part> user = new ArrayList<>();
        user.addAll(model.enums);
        user.addAll(model.domains);
        user.addAll(model.composites);
        user.addAll(model.ranges);
        if (!user.isEmpty() && chance(25)) {
            c.userType = pick(user).id;
            c.type = null;
        } else if (INTEGERS.contains(c.type) && chance(15)) {
            c.identity = chance(50) ? "ALWAYS" : "BY DEFAULT";
            c.notNull = true;
        }
    }

    private void setDefault(Column c) {
        c.defaultSql = null;
        c.defaultSequence = null;
        c.defaultLabel = null;
        if (c.identity != null || c.serial != null) {
            return;
        }
        if (c.generated != null) {
            c.generated = "{" + c.generatedFrom + "} * " + (2 + random.nextInt(5));
            return;
        }
        Part user = c.userType != null ? model.part(c.userType) : null;
        if (user instanceof EnumType e) {
            c.defaultLabel = pick(e.labels).id;
        } else if (user instanceof Domain d) {
            c.defaultSql = d.base.equals("integer") ? "5" : "'y'";
        } else if (user instanceof RangeType r) {
            c.defaultSql = RANGE_DEFAULTS.get(r.subtype);
        } else if (user == null && INTEGERS.subList(0, 2).contains(c.type) && !model.sequences.isEmpty()
                && chance(40)) {
            c.defaultSequence = pick(model.sequences).id;
        } else if (user == null) {
            c.defaultSql = pick(TYPES.get(c.type));
        }
    }

    boolean addConstraint(Table t) {
        List<Column> columns = model.columnsOf(t);
        if (columns.isEmpty()) {
            return false;
        }
        Column c = pick(columns);
        int kind = random.nextInt(4);
        Constraint k = new Constraint(model.id(), chance(60) ? model.name("k") : null);
        if (kind == 0 || t.partitionOf != null) { // a partition takes its keys from its parent: checks only
            k.kind = "CHECK";
            k.check = check(c, k);
        } else if (kind == 1) {
            if (!isKeyable(c)) {
                return false;
            }
            k.kind = "UNIQUE";
            k.columns.add(c.id);
            Column other = t.partitionBy != null ? model.column(t.partitionKey) // a key of a partitioned table
                    : columns.size() > 1 && chance(30) ? pick(columns) : c; // includes the partition key
            if (other != c && isKeyable(other)) {
                k.columns.add(other.id);
            }
            if (t.constraints.stream().anyMatch(x -> x.columns.equals(k.columns) && !x.kind.equals("CHECK"))) {
                return false; // PostgreSQL keeps one of two alike keys (seed 762)
            }
        } else if (kind == 2) {
            return addForeignKey(t, k);
        } else {
            return shapes.addExclusion(t, k);
        }
        t.constraints.add(k);
        return true;
    }

    private boolean isKeyable(Column c) {
        return !(c.userType != null && model.part(c.userType) instanceof Composite) && !isJsonish(c);
    }

    /** Whether a column's type is a range (built in or one of the schema's). */
    boolean isRange(Column c) {
        return c.type != null && c.type.endsWith("range") || c.userType != null
                && model.part(c.userType) instanceof RangeType;
    }

    private static boolean isJsonish(Column c) {
        return c.type != null && (c.type.equals("jsonb") || c.type.endsWith("[]"));
    }

    /** A check over the column, written for its type (pruned when the type changes). */
    private String check(Column c, Constraint k) {
        k.columns.add(c.id); // not rendered for a check: keeps the column among its needs
        String sig = c.signature();
        if (INTEGERS.contains(sig) || sig.equals("numeric(10,2)")) {
            k.typed.put(c.id, sig);
            List<Function> fns = model.functions.stream().filter(f -> !f.trigger).toList();
            if (!fns.isEmpty() && sig.equals("integer") && chance(40)) {
                Function f = pick(fns);
                k.functionsUsed.add(f.id);
                return "{" + f.id + "}({" + c.id + "}) > 0";
            }
            return "{" + c.id + "} >= " + random.nextInt(3);
        } else if (sig.equals("text") || sig.startsWith("varchar")) {
            k.typed.put(c.id, sig);
            return "length({" + c.id + "}) <= " + (50 + random.nextInt(50));
        }
        return "{" + c.id + "} IS NOT NULL OR true";
    }

    private boolean addForeignKey(Table t, Constraint k) {
        if (t.partitionOf != null) {
            return false;
        }
        int at = model.tables.indexOf(t);
        List<Constraint> keys = new ArrayList<>();
        for (Table target : model.tables.subList(0, at + 1)) {
            target.constraints.stream().filter(x -> x.kind.equals("PRIMARY KEY") && x.columns.size() == 1)
                    .forEach(keys::add);
        }
        if (keys.isEmpty()) {
            return false;
        }
        Constraint key = pick(keys);
        Table target = model.tables.stream().filter(x -> x.constraints.contains(key)).findFirst().orElseThrow();
        Column referenced = model.column(key.columns.get(0));
        Column c = new Column(model.id(), model.name("c"));
        c.type = referenced.signature();
        t.columns.add(c);
        k.kind = "FOREIGN KEY";
        k.columns.add(c.id);
        k.referencedTable = target.id;
        k.referencedKey = key.id;
        k.referencedColumns.add(referenced.id);
        k.typed.put(c.id, c.signature());
        k.typed.put(referenced.id, referenced.signature());
        k.onDelete = pick(java.util.Arrays.asList(null, "CASCADE", "SET NULL", "RESTRICT"));
        t.constraints.add(k);
        return true;
    }

    private boolean addIndex() {
        if (model.tables.isEmpty()) {
            return false;
        }
        Table t = pick(model.tables);
        List<Column> columns = model.columnsOf(t);
        Column c = pick(columns);
        if (!isKeyable(c)) {
            return false;
        }
        Index i = new Index(model.id(), model.name("i"));
        i.table = t.id;
        i.unique = chance(20) && t.partitionBy == null; // unique on a partitioned table: only with the key
        String sig = c.signature();
        if ((sig.equals("text") || INTEGERS.contains(sig)) && chance(30)) {
            i.expression = sig.equals("text") ? "lower({" + c.id + "})" : "{" + c.id + "} + 1";
            i.typed.put(c.id, sig);
        } else {
            i.columns.add(c.id);
            Column other = pick(columns);
            if (other != c && chance(40) && isKeyable(other)) {
                i.columns.add(other.id);
            }
        }
        if (chance(30)) {
            Column w = pick(columns);
            i.where = "{" + w.id + "} IS NOT NULL";
            i.typed.put(w.id, w.signature()); // keeps the placeholder's column among the needs
        }
        model.indexes.add(i);
        return true;
    }

    /** A view of a table, or of a view declared before it. */
    private boolean addView() {
        List<Part> sources = new ArrayList<>(model.tables);
        sources.addAll(model.views);
        if (sources.isEmpty()) {
            return false;
        }
        View v = placed(new View(model.id(), model.name(chance(30) ? "mv" : "v")));
        v.materialized = v.name.startsWith("mv");
        v.table = pick(sources).id;
        List<Integer> columns = model.sourceColumns(v);
        for (int c : columns) {
            if (v.columns.isEmpty() || chance(50)) {
                v.columns.add(c);
            }
        }
        if (chance(30)) {
            int w = pick(columns);
            v.where = "{" + w + "} IS NOT NULL";
            v.columns.add(0, w);
            v.columns.subList(1, v.columns.size()).removeIf(x -> x == w);
        }
        model.views.add(v);
        return true;
    }

    private boolean addTrigger() {
        List<Function> fns = model.functions.stream().filter(f -> f.trigger).toList();
        if (fns.isEmpty() || model.tables.isEmpty()) {
            return false;
        }
        Trigger t = new Trigger(model.id(), model.name("tg"));
        t.table = pick(model.tables).id;
        t.function = pick(fns).id;
        t.timing = chance(50) ? "BEFORE" : "AFTER";
        t.events = pick(List.of("INSERT", "UPDATE", "INSERT OR UPDATE", "DELETE"));
        model.triggers.add(t);
        return true;
    }

    private boolean addPolicy() {
        if (model.tables.isEmpty()) {
            return false;
        }
        Table t = pick(model.tables);
        t.rowLevelSecurity = true;
        Policy p = new Policy(model.id(), model.name("p"));
        p.table = t.id;
        p.command = pick(List.of("ALL", "SELECT", "INSERT", "UPDATE", "DELETE"));
        if (chance(50)) {
            p.using = "true";
        } else {
            Column c = pick(model.columnsOf(t));
            p.columns.add(c.id);
            p.using = "{" + c.id + "} IS NOT NULL";
        }
        model.policies.add(p);
        return true;
    }

    private boolean addComment() {
        List<Part> parts = model.parts().values().stream().filter(p -> !(p instanceof Label)
                && !(p instanceof Constraint) && !(p instanceof Trigger)).toList();
        if (parts.isEmpty()) {
            return false;
        }
        pick(parts).comment = pick(List.of("note", "it's", "other note"));
        return true;
    }

    // ---- edits ----

    private void oneEdit() {
        List<BooleanSupplier> edits = List.of(
                this::anyTable, this::addIndex, this::addView, this::addEnum, this::addDomain, this::addSequence,
                this::addSchema, this::addRange, shapes::addPartition, shapes::ownSequence, shapes::disownSequence,
                shapes::changeInheritance, shapes::changeBound, this::changeStorage, this::moveSomething,
                this::addFunction, this::addTrigger, this::addComment, this::addComposite, this::addPolicy,
                this::toggleRowLevelSecurity, shapes::movePartition,
                () -> some(model.tables).map(this::addColumn).orElse(false),
                () -> some(model.tables).map(this::addConstraint).orElse(false),
                this::dropSomething, this::dropSomething, this::renameSomething, this::renameSomething,
                this::changeColumn, this::changeColumn, this::changeColumn, this::changeOther, this::changeOther,
                this::uncomment,
                definitions::add, definitions::change, // family "definitions"
                access::edit, access::edit); // family "access and publication"
        for (int attempt = 0; attempt < 10 && !pick(edits).getAsBoolean(); attempt++) {
            // try another edit: this one did not apply to the schema
        }
    }

    private <T> java.util.Optional<T> some(List<T> list) {
        return list.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(pick(list));
    }

    private boolean dropSomething() {
        List<Part> parts = new ArrayList<>(model.parts().values());
        if (parts.isEmpty()) {
            return false;
        }
        model.remove(pick(parts).id);
        return true;
    }

    private boolean renameSomething() {
        List<Part> parts = model.parts().values().stream().filter(this::renamable).toList();
        if (parts.isEmpty()) {
            return false;
        }
        Part p = pick(parts);
        p.name = model.name(p.name.replaceAll("\\d+$", "") + "r");
        return true;
    }

    /** Moves an object to another schema (public or one besides): to the engine, one dropped and one new. */
    private boolean moveSomething() {
        List<Part> parts = new ArrayList<>();
        parts.addAll(model.enums);
        parts.addAll(model.domains);
        parts.addAll(model.composites);
        parts.addAll(model.ranges);
        parts.addAll(model.sequences);
        parts.addAll(model.functions);
        parts.addAll(model.tables);
        parts.addAll(model.views);
        if (parts.isEmpty() || model.schemas.isEmpty()) {
            return false;
        }
        Part p = pick(parts);
        List<Integer> places = new ArrayList<>(java.util.Arrays.asList((Integer) null));
        model.schemas.forEach(x -> places.add(x.id));
        places.remove(p.schema);
        p.schema = pick(places);
        return true;
    }

    private boolean renamable(Part p) {
        return p instanceof Table || p instanceof Column
                || p instanceof Constraint k && k.name != null
                || p instanceof Index || p instanceof EnumType || p instanceof Label || p instanceof Domain
                || p instanceof Composite;
    }

    private boolean changeColumn() {
        List<Column> columns = model.tables.stream().flatMap(t -> t.columns.stream()).toList();
        if (columns.isEmpty()) {
            return false;
        }
        Column c = pick(columns);
        switch (random.nextInt(4)) {
            case 0 -> {
                setType(c);
                if (chance(30)) {
                    setDefault(c);
                }
            }
            case 1 -> c.notNull = !c.notNull || c.identity != null;
            case 2 -> setDefault(c);
            default -> {
                if (c.identity != null) {
                    c.identity = chance(50) ? null : c.identity.equals("ALWAYS") ? "BY DEFAULT" : "ALWAYS";
                } else if (c.serial == null && c.generated == null && c.type != null && INTEGERS.contains(c.type)) {
                    c.identity = "ALWAYS";
                    c.notNull = true;
                    c.defaultSql = null;
                    c.defaultSequence = null;
                    c.defaultLabel = null;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean changeOther() {
        List<Part> parts = new ArrayList<>();
        parts.addAll(model.enums);
        parts.addAll(model.domains);
        parts.addAll(model.sequences);
        parts.addAll(model.functions);
        parts.addAll(model.indexes);
        parts.addAll(model.views);
        parts.addAll(model.composites);
        parts.addAll(model.ranges);
        model.tables.forEach(t -> parts.addAll(t.constraints.stream()
                .filter(k -> k.kind.equals("CHECK") || k.kind.equals("FOREIGN KEY")).toList()));
        if (parts.isEmpty()) {
            return false;
        }
        Part p = pick(parts);
        if (p instanceof EnumType e) {
            e.labels.add(random.nextInt(e.labels.size() + 1), new Label(model.id(), model.name("l")));
        } else if (p instanceof Domain d) {
            d.check = d.check == null ? (d.base.equals("integer") ? "VALUE <> 7" : "VALUE <> 'z'") : null;
        } else if (p instanceof Sequence s) {
            s.increment = s.increment < 0 ? -2 : s.increment == 1 ? 3 : 1;
            s.cycle = !s.cycle;
        } else if (p instanceof Function f) {
            f.body = f.trigger ? "PERFORM 99;" : "a * " + (2 + random.nextInt(5));
        } else if (p instanceof Index i) {
            if (((Table) model.part(i.table)).partitionBy != null) {
                return false;
            }
            i.unique = !i.unique;
        } else if (p instanceof View v) {
            int c = pick(model.sourceColumns(v));
            if (v.columns.contains(c)) {
                return false;
            }
            v.columns.add(c);
        } else if (p instanceof Constraint k && k.kind.equals("FOREIGN KEY")) {
            k.onDelete = pick(java.util.Arrays.asList(null, "CASCADE", "SET NULL", "NO ACTION"));
        } else if (p instanceof Constraint k) {
            Column c = model.column(k.columns.get(0));
            k.typed.clear();
            k.functionsUsed.clear();
            k.columns.clear();
            k.check = check(c, k);
        } else if (p instanceof Composite c) {
            Column f = new Column(model.id(), model.name("f"));
            f.type = pick(TYPE_NAMES);
            c.fields.add(f);
        } else if (p instanceof RangeType r) {
            // the engine sets the type aside, creates it again and converts its columns; their defaults follow
            r.subtype = pick(new ArrayList<>(new java.util.TreeSet<>(RANGE_DEFAULTS.keySet())).stream()
                    .filter(t -> !t.equals(r.subtype)).toList());
            model.tables.stream().flatMap(t -> t.columns.stream())
                    .filter(c -> c.defaultSql != null && java.util.Objects.equals(c.userType, r.id))
                    .forEach(c -> c.defaultSql = RANGE_DEFAULTS.get(r.subtype));
        }
        return true;
    }

    private boolean changeStorage() {
        List<Column> columns = model.tables.stream().flatMap(t -> t.columns.stream())
                .filter(c -> c.type != null && VARLENA.contains(c.type)).toList();
        if (columns.isEmpty()) {
            return false;
        }
        Column c = pick(columns);
        String storage = c.storage;
        String compression = c.compression;
        setStorage(c);
        return !java.util.Objects.equals(storage, c.storage) || !java.util.Objects.equals(compression, c.compression);
    }

    private boolean toggleRowLevelSecurity() {
        if (model.tables.isEmpty()) {
            return false;
        }
        Table t = pick(model.tables);
        t.rowLevelSecurity = !t.rowLevelSecurity;
        return true;
    }

    private boolean uncomment() {
        List<Part> commented = model.parts().values().stream().filter(p -> p.comment != null).toList();
        if (commented.isEmpty()) {
            return false;
        }
        pick(commented).comment = null;
        return true;
    }
}
