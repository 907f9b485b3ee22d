package dev.schemata.property;

import dev.schemata.property.Definitions.Aggregate;
import dev.schemata.property.Definitions.Cast;
import dev.schemata.property.Definitions.Configuration;
import dev.schemata.property.Definitions.Conversion;
import dev.schemata.property.Definitions.Definition;
import dev.schemata.property.Definitions.Dictionary;
import dev.schemata.property.Definitions.EventFunction;
import dev.schemata.property.Definitions.EventTrigger;
import dev.schemata.property.Definitions.ForeignColumn;
import dev.schemata.property.Definitions.ForeignTable;
import dev.schemata.property.Definitions.OperatorClass;
import dev.schemata.property.Definitions.OperatorFamily;
import dev.schemata.property.Definitions.Server;
import dev.schemata.property.Definitions.UserMapping;
import dev.schemata.property.Definitions.Wrapper;
import dev.schemata.property.Model.Function;
import dev.schemata.property.Model.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Draws the "definitions" family of {@link Definitions} for {@link SchemaGenerator}, and edits it: adds,
 * drops (through the generator's own drops), alters what PostgreSQL can alter. The engine takes renames of none
 * of these kinds, so none is renamed.
 */
final class DefinitionShapes {
    private static final List<String> TOKENS = List.of("asciiword", "word", "numword", "url", "email", "host");
    /** From encoding, to encoding, a built-in function converting between them. */
    private static final List<List<String>> CONVERSIONS = List.of(
            List.of("LATIN1", "UTF8", "iso8859_1_to_utf8"), List.of("UTF8", "LATIN1", "utf8_to_iso8859_1"),
            List.of("WIN1250", "UTF8", "win_to_utf8"), List.of("KOI8R", "UTF8", "koi8r_to_utf8"),
            List.of("LATIN2", "UTF8", "iso8859_to_utf8"));
    private static final Map<String, List<String>> EVENT_TAGS = Map.of(
            "ddl_command_start", List.of("CREATE TABLE", "ALTER TABLE", "CREATE INDEX"),
            "ddl_command_end", List.of("CREATE TABLE", "ALTER TABLE", "CREATE FUNCTION"),
            "sql_drop", List.of("DROP TABLE", "DROP INDEX", "ALTER TABLE"),
            "table_rewrite", List.of("ALTER TABLE"));
    private static final List<String> EVENTS = EVENT_TAGS.keySet().stream().sorted().toList();
    private static final List<String> STATES = List.of("ENABLE", "DISABLE", "ENABLE REPLICA", "ENABLE ALWAYS");
    private static final List<String> OPTION_KEYS = List.of("host", "port", "dbname", "extra", "mode");

    private final SchemaGenerator g;
    private final Model model;

    DefinitionShapes(SchemaGenerator g) {
        this.g = g;
        this.model = g.model;
    }

    /** A few of each kind, most schemas none of a given kind (the other kinds keep their share of the time). */
    void fill() {
        for (BooleanSupplier add : adders()) {
            if (g.chance(15)) {
                add.getAsBoolean();
            }
        }
    }

    /** One new definition of a random kind. */
    boolean add() {
        return g.pick(adders()).getAsBoolean();
    }

    private List<BooleanSupplier> adders() {
        return List.of(this::addEventTrigger, () -> addDictionary() != null, this::addConfiguration, this::addOperator,
                this::addOperatorFamily, this::addOperatorClass, this::addCast, this::addAggregate,
                this::addConversion, this::addForeignTable, this::addUserMapping, this::addUsingIndex);
    }

    private <T> List<T> all(Class<T> kind) {
        return model.definitions.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private List<Function> plainFunctions() {
        return model.functions.stream().filter(f -> !f.trigger).toList();
    }

    private boolean addEventTrigger() {
        List<EventFunction> functions = all(EventFunction.class);
        EventFunction f = functions.isEmpty() || g.chance(30) ? addEventFunction() : g.pick(functions);
        EventTrigger t = new EventTrigger(model.id(), model.name("et"));
        t.function = f.id;
        t.event = g.pick(EVENTS);
        tags(t);
        t.state = g.chance(60) ? "ENABLE" : g.pick(STATES);
        model.definitions.add(t);
        return true;
    }

    private void tags(EventTrigger t) {
        t.tags.clear();
        for (String tag : EVENT_TAGS.get(t.event)) {
            if (g.chance(30)) {
                t.tags.add(tag);
            }
        }
    }

    private EventFunction addEventFunction() {
        EventFunction f = g.placed(new EventFunction(model.id(), model.name("ef")));
        f.body = g.chance(50) ? "NULL;" : "PERFORM " + g.draw(10) + ";";
        model.definitions.add(f);
        return f;
    }

    private Dictionary addDictionary() {
        Dictionary d = g.placed(new Dictionary(model.id(), model.name("dict")));
        dictionaryOptions(d);
        model.definitions.add(d);
        return d;
    }

    private void dictionaryOptions(Dictionary d) {
        d.options.clear();
        d.template = g.chance(60) ? "simple" : "snowball";
        if (d.template.equals("snowball")) {
            d.options.put("LANGUAGE", g.pick(List.of("english", "german", "french")));
        }
        if (g.chance(50)) {
            d.options.put("STOPWORDS", g.pick(List.of("english", "russian")));
        }
        if (d.template.equals("simple") && g.chance(40)) { // snowball takes no ACCEPT
            d.options.put("ACCEPT", g.chance(50) ? "false" : "true");
        }
    }

    private boolean addConfiguration() {
        Configuration c = g.placed(new Configuration(model.id(), model.name("cfg")));
        for (int i = 0, n = g.draw(3); i < n; i++) {
            map(c);
        }
        model.definitions.add(c);
        return true;
    }

    /** Maps a token (again) to one or two dictionaries: simple or the schema's own. */
    private void map(Configuration c) {
        List<Integer> dictionaries = new ArrayList<>();
        List<Dictionary> own = all(Dictionary.class);
        for (int i = 0, n = 1 + g.draw(2); i < n; i++) {
            int d = own.isEmpty() || g.chance(30) ? 0 : g.pick(own).id;
            if (!dictionaries.contains(d)) {
                dictionaries.add(d);
            }
        }
        c.mappings.put(g.pick(TOKENS), dictionaries);
    }

    private boolean addOperator() {
        List<Function> functions = plainFunctions();
        if (functions.isEmpty()) {
            return false;
        }
        // An operator's name is made of operator characters: the number of a fresh name, written in four of them.
        int n = Integer.parseInt(model.name(""));
        StringBuilder name = new StringBuilder("#");
        for (; n > 0; n /= 4) {
            name.append("@%&~".charAt(n % 4));
        }
        Definitions.Operator o = g.placed(new Definitions.Operator(model.id(), name.toString()));
        o.function = g.pick(functions).id;
        model.definitions.add(o);
        return true;
    }

    private boolean addOperatorFamily() {
        OperatorFamily f = g.placed(new OperatorFamily(model.id(), model.name("opf")));
        f.method = g.chance(70) ? "hash" : "btree";
        if (f.method.equals("hash")) {
            familyMembers(f);
        }
        model.definitions.add(f);
        return true;
    }

    private void familyMembers(OperatorFamily f) {
        List<Function> functions = plainFunctions();
        f.equality = g.chance(50);
        f.support = !functions.isEmpty() && g.chance(50) ? g.pick(functions).id : null;
    }

    private boolean addOperatorClass() {
        List<Function> functions = plainFunctions();
        if (functions.isEmpty()) {
            return false;
        }
        OperatorClass c = g.placed(new OperatorClass(model.id(), model.name("opc")));
        c.support = g.pick(functions).id;
        c.equality = g.chance(60);
        List<OperatorFamily> empty = emptyHashFamilies(c.schema);
        if (!empty.isEmpty() && g.chance(50)) {
            c.family = g.pick(empty).id;
        }
        model.definitions.add(c);
        return true;
    }

    /** Hash families in this schema with no members and no class yet: a class may go into one of them. */
    private List<OperatorFamily> emptyHashFamilies(Integer schema) {
        return all(OperatorFamily.class).stream().filter(f -> f.method.equals("hash") && !f.equality
                && f.support == null && Objects.equals(f.schema, schema)
                && all(OperatorClass.class).stream().noneMatch(c -> Objects.equals(c.family, f.id))).toList();
    }

    private boolean addCast() {
        List<Part> types = new ArrayList<>();
        types.addAll(model.enums);
        types.addAll(model.composites);
        types.addAll(model.ranges);
        if (types.isEmpty()) {
            return false;
        }
        Cast c = new Cast(model.id(), model.name("cast"));
        c.type = g.pick(types).id;
        c.toText = g.chance(60);
        if (all(Cast.class).stream().anyMatch(x -> x.type == c.type && x.toText == c.toText)) {
            return false;
        }
        c.context = g.pick(List.of("", "", " AS ASSIGNMENT", " AS IMPLICIT"));
        model.definitions.add(c);
        return true;
    }

    private boolean addAggregate() {
        Aggregate a = g.placed(new Aggregate(model.id(), model.name("agg")));
        a.stateFunction = g.pick(List.of("int4pl", "int4larger", "int4smaller"));
        List<Function> functions = plainFunctions();
        a.finalFunction = !functions.isEmpty() && g.chance(50) ? g.pick(functions).id : null;
        a.initial = g.chance(50) ? String.valueOf(g.draw(10)) : null;
        model.definitions.add(a);
        return true;
    }

    private boolean addConversion() {
        Conversion c = g.placed(new Conversion(model.id(), model.name("conv")));
        List<String> pick = g.pick(CONVERSIONS);
        c.from = pick.get(0);
        c.to = pick.get(1);
        c.function = pick.get(2);
        c.isDefault = g.chance(40) && mayBeDefault(c);
        model.definitions.add(c);
        return true;
    }

    /** Whether no other default conversion of the schema converts between the same encodings. */
    private boolean mayBeDefault(Conversion c) {
        return all(Conversion.class).stream().noneMatch(x -> x != c && x.isDefault
                && Objects.equals(x.schema, c.schema) && x.from.equals(c.from) && x.to.equals(c.to));
    }

    private Server someServer() {
        List<Server> servers = all(Server.class);
        if (!servers.isEmpty() && g.chance(70)) {
            return g.pick(servers);
        }
        List<Wrapper> wrappers = all(Wrapper.class);
        Wrapper w;
        if (!wrappers.isEmpty() && g.chance(60)) {
            w = g.pick(wrappers);
        } else {
            w = new Wrapper(model.id(), model.name("fdw"));
            options(w.options);
            model.definitions.add(w);
        }
        Server s = new Server(model.id(), model.name("srv"));
        s.wrapper = w.id;
        s.type = g.chance(30) ? "postgres" : null;
        s.version = g.chance(30) ? String.valueOf(10 + g.draw(8)) : null;
        options(s.options);
        model.definitions.add(s);
        return s;
    }

    /** Draws options afresh: none to three of a few keys. */
    private void options(Map<String, String> options) {
        options.clear();
        for (String key : OPTION_KEYS) {
            if (g.chance(20)) {
                options.put(key, "v" + g.draw(5));
            }
        }
    }

    private boolean addUserMapping() {
        Server s = someServer();
        String user = g.chance(50) ? "PUBLIC" : "CURRENT_USER";
        if (all(UserMapping.class).stream().anyMatch(m -> m.server == s.id && m.user.equals(user))) {
            return false;
        }
        UserMapping m = new UserMapping(model.id(), model.name("um"));
        m.server = s.id;
        m.user = user;
        options(m.options);
        model.definitions.add(m);
        return true;
    }

    private boolean addForeignTable() {
        ForeignTable t = g.placed(new ForeignTable(model.id(), model.name("ft")));
        t.server = someServer().id;
        for (int i = 0, n = 1 + g.draw(3); i < n; i++) {
            addForeignColumn(t);
        }
        options(t.options);
        model.definitions.add(t);
        return true;
    }

    private void addForeignColumn(ForeignTable t) {
        ForeignColumn c = new ForeignColumn(model.name("c"));
        c.type = g.pick(List.of("integer", "text", "bigint", "date"));
        c.notNull = g.chance(20);
        if (g.chance(40)) {
            c.options.put("column_name", "remote_" + c.name);
        }
        t.columns.add(c);
    }

    /** An index that uses an operator class, a configuration or an operator, on a plain table's own column. */
    private boolean addUsingIndex() {
        List<Part> used = model.definitions.stream().filter(d -> d instanceof OperatorClass
                || d instanceof Configuration || d instanceof Definitions.Operator).toList();
        List<Model.Table> tables = model.tables.stream().filter(t -> t.partitionBy == null && t.partitionOf == null)
                .toList();
        if (used.isEmpty() || tables.isEmpty()) {
            return false;
        }
        Part uses = g.pick(used);
        String signature = uses instanceof Configuration ? "text" : "integer";
        Model.Table t = g.pick(tables);
        List<Model.Column> columns = t.columns.stream().filter(c -> signature.equals(c.signature())).toList();
        if (columns.isEmpty()) {
            return false;
        }
        Definitions.UsingIndex i = new Definitions.UsingIndex(model.id(), model.name("i"));
        i.table = t.id;
        i.column = g.pick(columns).id;
        i.uses = uses.id;
        i.signature = signature;
        model.definitions.add(i);
        return true;
    }

    // ---- edits ----

    /** Alters one definition the way PostgreSQL alters it (or the engine drops and creates it). */
    boolean change() {
        List<Part> parts = model.definitions.stream().filter(p -> !(p instanceof Wrapper) || g.chance(50)).toList();
        if (parts.isEmpty()) {
            return false;
        }
        Definition d = (Definition) g.pick(parts);
        if (d instanceof EventTrigger t) {
            if (g.chance(50)) {
                t.state = g.pick(STATES.stream().filter(s -> !s.equals(t.state)).toList());
            } else {
                tags(t);
            }
        } else if (d instanceof EventFunction f) {
            f.body = "PERFORM 99;";
        } else if (d instanceof Dictionary x) {
            dictionaryOptions(x);
        } else if (d instanceof Configuration c) {
            changeMappings(c);
        } else if (d instanceof Definitions.Operator o) {
            List<Function> functions = plainFunctions();
            o.function = g.pick(functions).id; // there is one: the operator's own
        } else if (d instanceof OperatorFamily f) {
            return changeFamily(f);
        } else if (d instanceof OperatorClass c) {
            c.equality = !c.equality;
        } else if (d instanceof Cast c) {
            c.context = g.pick(List.of("", " AS ASSIGNMENT", " AS IMPLICIT").stream()
                    .filter(x -> !x.equals(c.context)).toList());
        } else if (d instanceof Aggregate a) {
            a.initial = a.initial == null ? "5" : null;
        } else if (d instanceof Conversion c) {
            c.isDefault = !c.isDefault && mayBeDefault(c);
        } else if (d instanceof Wrapper w) {
            options(w.options);
        } else if (d instanceof Server s) {
            options(s.options);
            s.version = g.chance(50) ? null : String.valueOf(10 + g.draw(8));
        } else if (d instanceof UserMapping m) {
            options(m.options);
        } else if (d instanceof ForeignTable t) {
            changeForeignTable(t);
        } else {
            return false; // an index of a definition: it changes with what it uses
        }
        return true;
    }

    private void changeMappings(Configuration c) {
        if (!c.mappings.isEmpty() && g.chance(40)) {
            c.mappings.remove(g.pick(List.copyOf(c.mappings.keySet())));
        } else {
            map(c);
        }
    }

    private boolean changeFamily(OperatorFamily f) {
        if (!f.method.equals("hash")
                || all(OperatorClass.class).stream().anyMatch(c -> Objects.equals(c.family, f.id))) {
            return false; // its members would clash with those of its class
        }
        familyMembers(f);
        return true;
    }

    private void changeForeignTable(ForeignTable t) {
        switch (g.draw(5)) {
            case 0 -> options(t.options);
            case 1 -> addForeignColumn(t);
            case 2 -> {
                if (t.columns.size() > 1) {
                    t.columns.remove(g.draw(t.columns.size()));
                } else {
                    addForeignColumn(t);
                }
            }
            case 3 -> {
                ForeignColumn c = g.pick(t.columns);
                c.notNull = !c.notNull;
                if (g.chance(50)) {
                    c.options.clear();
                    c.options.put("column_name", "other_" + c.name);
                }
            }
            default -> t.server = someServer().id;
        }
    }
}
