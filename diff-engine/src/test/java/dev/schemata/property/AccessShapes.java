package dev.schemata.property;

import dev.schemata.property.AccessModel.Collation;
import dev.schemata.property.AccessModel.DefaultGrant;
import dev.schemata.property.AccessModel.Extension;
import dev.schemata.property.AccessModel.Grant;
import dev.schemata.property.AccessModel.Publication;
import dev.schemata.property.AccessModel.PublicationSchema;
import dev.schemata.property.AccessModel.PublicationTable;
import dev.schemata.property.AccessModel.Statistics;
import dev.schemata.property.Model.Column;
import dev.schemata.property.Model.Part;
import dev.schemata.property.Model.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The family "access and publication" of {@link SchemaGenerator}: grants and revokes on tables, columns, views,
 * sequences, functions, schemas and types; default privileges; publications with tables (column lists, row
 * filters), schemas and options; extended statistics; collations and the text columns using them; extensions
 * and columns of their types. Grants go to {@link AccessModel#ROLES}, which the property test creates once per
 * server and plans with as managed roles.
 */
final class AccessShapes {
    private static final List<String> TABLE_PRIVILEGES = List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE",
            "REFERENCES", "TRIGGER", "MAINTAIN");
    private static final List<String> COLUMN_PRIVILEGES = List.of("SELECT", "INSERT", "UPDATE", "REFERENCES");
    private static final List<String> SEQUENCE_PRIVILEGES = List.of("USAGE", "SELECT", "UPDATE");
    private static final List<String> SCHEMA_PRIVILEGES = List.of("USAGE", "CREATE");
    private static final List<String> EXTENSIONS = List.of("citext", "hstore", "pg_trgm");

    private final SchemaGenerator g;
    private final Model model;

    AccessShapes(SchemaGenerator g) {
        this.g = g;
        this.model = g.model;
    }

    /** What a new schema gets of this family, with modest chances so the other kinds keep their share. */
    void fill() {
        if (g.chance(20)) {
            addCollation();
        }
        if (g.chance(15)) {
            addExtension();
        }
        g.repeat(1, this::collateColumn);
        g.repeat(1, this::addExtensionColumn);
        g.repeat(3, this::addGrant);
        if (g.chance(20)) {
            addDefaultGrant();
        }
        if (g.chance(25)) {
            addPublication();
        }
        if (g.chance(25)) {
            addStatistics();
        }
    }

    /** One edit of this family; false when the one drawn does not apply to the schema. */
    boolean edit() {
        List<BooleanSupplier> edits = List.of(this::addCollation, this::addExtension, this::collateColumn,
                this::addExtensionColumn, this::addGrant, this::addGrant, this::changeGrant, this::addDefaultGrant,
                this::changeDefaultGrant, this::addPublication, this::changePublication, this::changePublication,
                this::addStatistics, this::changeStatistics, this::move, this::moveExtension);
        return g.pick(edits).getAsBoolean();
    }

    /**
     * Clears what PostgreSQL refuses after other edits: a column list or row filter on a partitioned table
     * unless published via its root, or in a publication that has schemas; statistics and column grants on a
     * column the table no longer has (it left an inheritance parent, seed 854); a row filter on a column that now has a
     * user-defined type or collation. Draws no random numbers.
     */
    static void sanitize(Model model) {
        for (Part p : List.copyOf(model.access)) {
            if (p instanceof Statistics x && !model.columnsOf((Table) model.part(x.table)).stream()
                    .map(c -> c.id).toList().containsAll(x.columns)
                    || p instanceof Grant y && y.column != null && !model.columnsOf((Table) model.part(y.target))
                    .stream().anyMatch(c -> c.id == y.column)) {
                model.remove(p.id);
            }
        }
        for (Part p : model.access) {
            if (p instanceof PublicationTable m && m.whereColumn != null) {
                Column c = (Column) model.part(m.whereColumn);
                if (c.userType != null || c.collation != null) { // a row filter may use neither (seed 390)
                    m.where = null;
                    m.whereColumn = null;
                }
            }
            if (p instanceof PublicationTable m && (!m.columns.isEmpty() || m.where != null)) {
                Table t = (Table) model.part(m.table);
                Publication pub = (Publication) model.part(m.publication);
                boolean schemas = model.access.stream().anyMatch(x -> x instanceof PublicationSchema s && s.publication == pub.id);
                if (schemas || t.partitionBy != null && !pub.viaRoot) {
                    m.columns.clear();
                    m.where = null;
                    m.whereColumn = null;
                }
            }
        }
    }

    private <P extends Part> List<P> each(Class<P> kind) {
        return model.access.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** A non-empty random subset of {@code from}, in its order. */
    private String some(List<String> from) {
        List<String> chosen = new ArrayList<>();
        for (String x : from) {
            if (g.chance(35)) {
                chosen.add(x);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(g.pick(from));
        }
        return String.join(", ", chosen);
    }

    // ---- collations and extensions ----

    private boolean addCollation() {
        Collation c = g.placed(new Collation(model.id(), model.name("coll")));
        if (g.chance(50)) {
            c.provider = "libc";
            c.locale = g.pick(List.of("C", "POSIX"));
        } else {
            c.provider = "icu";
            c.locale = g.pick(List.of("und", "de-DE", "und-u-ks-level2"));
            c.deterministic = g.chance(60);
        }
        model.access.add(c);
        return true;
    }

    private boolean addExtension() {
        List<String> absent = EXTENSIONS.stream()
                .filter(n -> each(Extension.class).stream().noneMatch(e -> e.name.equals(n))).toList();
        if (absent.isEmpty()) {
            return false;
        }
        model.access.add(g.placed(new Extension(model.id(), g.pick(absent))));
        return true;
    }

    /** Gives a text column of a table a collation of the schema, another one, or none. */
    private boolean collateColumn() {
        List<Collation> collations = each(Collation.class);
        List<Column> columns = model.tables.stream()
                .flatMap(t -> t.columns.stream().filter(c -> !Objects.equals(t.partitionKey, c.id))).filter(c ->
                        ("text".equals(c.type) || "varchar(20)".equals(c.type)) && c.generated == null).toList();
        if (collations.isEmpty() || columns.isEmpty()) {
            return false;
        }
        Column c = g.pick(columns);
        Integer collation = g.chance(20) ? null : g.pick(collations).id;
        if (Objects.equals(c.collation, collation)) {
            return false;
        }
        c.collation = collation;
        return true;
    }

    private boolean addExtensionColumn() {
        List<Extension> typed = each(Extension.class).stream().filter(Extension::hasType).toList();
        List<Table> tables = model.tables.stream().filter(t -> t.partitionOf == null).toList();
        if (typed.isEmpty() || tables.isEmpty()) {
            return false;
        }
        Column c = new Column(model.id(), model.name("c"));
        c.userType = g.pick(typed).id;
        c.notNull = g.chance(20);
        g.pick(tables).columns.add(c);
        return true;
    }

    // ---- grants and default privileges ----

    private boolean addGrant() {
        List<Part> targets = new ArrayList<>();
        targets.addAll(model.tables);
        targets.addAll(model.views);
        targets.addAll(model.sequences);
        targets.addAll(model.functions);
        targets.addAll(model.schemas);
        targets.addAll(model.enums);
        targets.addAll(model.domains);
        targets.addAll(model.composites);
        targets.addAll(model.ranges);
        if (targets.isEmpty()) {
            return false;
        }
        Grant grant = new Grant(model.id());
        Part target = g.pick(targets);
        grant.target = target.id;
        grant.grantee = g.pick(AccessModel.ROLES);
        if (target instanceof Model.Function || target instanceof Model.EnumType || target instanceof Model.Domain
                || target instanceof Model.Composite || target instanceof Model.RangeType) {
            grant.privileges = target instanceof Model.Function ? "EXECUTE" : "USAGE";
            grant.revoke = g.chance(40);
            if (grant.revoke) {
                grant.grantee = "PUBLIC";
            }
        } else if (target instanceof Table t && g.chance(30) && !model.columnsOf(t).isEmpty()) {
            grant.column = g.pick(model.columnsOf(t)).id;
            grant.privileges = some(COLUMN_PRIVILEGES);
        } else {
            grant.privileges = some(privileges(target));
        }
        grant.grantOption = !grant.revoke && !grant.grantee.equals("PUBLIC") && g.chance(20);
        model.access.add(grant);
        return true;
    }

    private static List<String> privileges(Part target) {
        if (target instanceof Model.Sequence) {
            return SEQUENCE_PRIVILEGES;
        } else if (target instanceof Model.Schema) {
            return SCHEMA_PRIVILEGES;
        } else if (target instanceof Model.View) {
            return List.of("SELECT", "REFERENCES");
        }
        return TABLE_PRIVILEGES;
    }

    private boolean changeGrant() {
        List<Grant> grants = each(Grant.class).stream().filter(x -> !x.revoke).toList();
        if (grants.isEmpty()) {
            return false;
        }
        Grant grant = g.pick(grants);
        if (!grant.grantee.equals("PUBLIC") && g.chance(40)) {
            grant.grantOption = !grant.grantOption;
        } else if (grant.column == null && (grant.privileges.contains("SELECT") || grant.privileges.contains("USAGE"))
                && g.chance(50)) {
            Part target = model.part(grant.target);
            grant.privileges = target instanceof Model.Function ? "EXECUTE"
                    : target instanceof Table || target instanceof Model.Sequence || target instanceof Model.View
                    || target instanceof Model.Schema ? some(privileges(target)) : "USAGE";
        } else {
            grant.grantee = g.pick(AccessModel.ROLES.subList(0, 2));
        }
        return true;
    }

    private boolean addDefaultGrant() {
        DefaultGrant d = new DefaultGrant(model.id());
        d.objects = g.pick(List.of("TABLES", "SEQUENCES", "FUNCTIONS", "TYPES", "SCHEMAS"));
        d.privileges = switch (d.objects) {
            case "TABLES" -> some(TABLE_PRIVILEGES);
            case "SEQUENCES" -> some(SEQUENCE_PRIVILEGES);
            case "FUNCTIONS" -> "EXECUTE";
            case "TYPES" -> "USAGE";
            default -> some(SCHEMA_PRIVILEGES);
        };
        if (!d.objects.equals("SCHEMAS") && !model.schemas.isEmpty() && g.chance(50)) {
            d.schema = g.pick(model.schemas).id;
        }
        d.revoke = d.schema == null && (d.objects.equals("FUNCTIONS") || d.objects.equals("TYPES")) && g.chance(50);
        d.grantee = d.revoke ? "PUBLIC" : g.pick(AccessModel.ROLES);
        d.grantOption = !d.revoke && !d.grantee.equals("PUBLIC") && g.chance(20);
        model.access.add(d);
        return true;
    }

    private boolean changeDefaultGrant() {
        List<DefaultGrant> grants = each(DefaultGrant.class).stream().filter(x -> !x.revoke).toList();
        if (grants.isEmpty()) {
            return false;
        }
        DefaultGrant d = g.pick(grants);
        if (d.grantee.equals("PUBLIC") || g.chance(50)) {
            d.grantee = g.pick(AccessModel.ROLES.subList(0, 2));
        } else {
            d.grantOption = !d.grantOption;
        }
        return true;
    }

    // ---- publications ----

    private boolean addPublication() {
        Publication p = new Publication(model.id(), model.name("pub"));
        if (g.chance(30)) {
            p.publish = some(List.of("insert", "update", "delete", "truncate"));
        }
        p.viaRoot = g.chance(20);
        model.access.add(p);
        g.repeat(2, () -> addPublicationTable(p));
        if (g.chance(25)) {
            addPublicationSchema(p);
        }
        return true;
    }

    private boolean addPublicationTable(Publication p) {
        List<Integer> members = each(PublicationTable.class).stream().filter(m -> m.publication == p.id)
                .map(m -> m.table).toList();
        List<Table> tables = model.tables.stream().filter(t -> t.partitionOf == null && !members.contains(t.id))
                .toList();
        if (tables.isEmpty()) {
            return false;
        }
        Table t = g.pick(tables);
        PublicationTable m = new PublicationTable(model.id());
        m.publication = p.id;
        m.table = t.id;
        List<Column> plain = model.columnsOf(t).stream().filter(c -> c.generated == null).toList();
        if (!plain.isEmpty() && g.chance(30)) {
            for (Column c : plain) {
                if (m.columns.isEmpty() || g.chance(50)) {
                    m.columns.add(c.id);
                }
            }
        }
        List<Column> builtIn = plain.stream().filter(c -> c.userType == null && c.collation == null).toList();
        if (!builtIn.isEmpty() && g.chance(30)) { // a row filter may use no user-defined type or collation
            Column c = g.pick(builtIn);
            m.where = "{" + c.id + "} IS NOT NULL";
            m.whereColumn = c.id;
        }
        model.access.add(m);
        return true;
    }

    private boolean addPublicationSchema(Publication p) {
        List<Integer> places = new ArrayList<>(Arrays.asList((Integer) null));
        model.schemas.forEach(x -> places.add(x.id));
        each(PublicationSchema.class).stream().filter(x -> x.publication == p.id).forEach(x -> places.remove(x.schema));
        if (places.isEmpty()) {
            return false;
        }
        PublicationSchema s = new PublicationSchema(model.id());
        s.publication = p.id;
        s.schema = g.pick(places);
        model.access.add(s);
        return true;
    }

    private boolean changePublication() {
        List<Publication> publications = each(Publication.class);
        if (publications.isEmpty()) {
            return false;
        }
        Publication p = g.pick(publications);
        return switch (g.draw(4)) {
            case 0 -> addPublicationTable(p);
            case 1 -> addPublicationSchema(p);
            case 2 -> {
                p.viaRoot = !p.viaRoot;
                yield true;
            }
            default -> {
                p.publish = p.publish == null ? some(List.of("insert", "update", "delete", "truncate")) : null;
                yield true;
            }
        };
    }

    // ---- extended statistics ----

    private boolean addStatistics() {
        List<Table> tables = model.tables.stream()
                .filter(t -> model.columnsOf(t).stream().filter(c -> c.userType == null).count() >= 2).toList();
        if (tables.isEmpty()) {
            return false;
        }
        Table t = g.pick(tables);
        List<Column> columns = model.columnsOf(t).stream().filter(c -> c.userType == null).toList();
        Statistics s = g.placed(new Statistics(model.id(), model.name("st")));
        s.table = t.id;
        Column first = g.pick(columns);
        String sig = first.signature();
        if ((sig.equals("text") || sig.equals("integer")) && g.chance(30)) {
            s.expression = sig.equals("text") ? "lower({" + first.id + "})" : "{" + first.id + "} + 1";
        } else {
            s.columns.add(first.id);
        }
        if (s.expression == null || g.chance(60)) {
            for (Column c : columns) {
                if (!s.columns.contains(c.id) && (s.columns.size() + (s.expression != null ? 1 : 0) < 2 || g.chance(30))
                        && s.columns.size() < 7) {
                    s.columns.add(c.id);
                }
            }
        }
        if (!s.columns.isEmpty() && g.chance(50)) { // a single expression takes no kinds
            s.kinds = some(List.of("ndistinct", "dependencies", "mcv"));
        }
        // a type without a btree ordering may not be in statistics: a retyped column takes them along
        columns.stream().filter(c -> s.columns.contains(c.id) || c == first).forEach(c -> s.typed.put(c.id, c.signature()));
        s.target = g.chance(30) ? g.pick(List.of(0, 100, 500, 1000)) : null;
        model.access.add(s);
        return true;
    }

    private boolean changeStatistics() {
        List<Statistics> all = each(Statistics.class);
        if (all.isEmpty()) {
            return false;
        }
        Statistics s = g.pick(all);
        if (g.chance(50) || s.columns.isEmpty()) {
            s.target = s.target == null ? g.pick(List.of(0, 10, 2000)) : g.chance(50) ? null : s.target + 1;
        } else {
            s.kinds = s.kinds == null ? some(List.of("ndistinct", "dependencies", "mcv")) : null;
        }
        return true;
    }

    /** Moves a collation or statistics object to another schema (public or one besides). */
    private boolean move() {
        return moveTo(model.access.stream().filter(p -> p instanceof Collation || p instanceof Statistics).toList());
    }

    /**
     * Moves an extension to another schema ({@code ALTER EXTENSION ... SET SCHEMA}); the columns of its types
     * name it there.
     */
    private boolean moveExtension() {
        return moveTo(model.access.stream().filter(p -> p instanceof Extension).toList());
    }

    private boolean moveTo(List<Part> movable) {
        if (movable.isEmpty() || model.schemas.isEmpty()) {
            return false;
        }
        Part p = g.pick(movable);
        List<Integer> places = new ArrayList<>(Arrays.asList((Integer) null));
        model.schemas.forEach(x -> places.add(x.id));
        places.remove(p.schema);
        p.schema = g.pick(places);
        return true;
    }
}
