package dev.schemata.property;

import dev.schemata.property.Model.Part;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parts of the "definitions" family of a {@link Model} (kept in {@link Model#definitions}) and how each is
 * written: text search dictionaries and configurations, operators, operator families and classes, casts,
 * aggregates, conversions, event triggers and their functions, foreign data wrappers, servers, user mappings and
 * foreign tables. None of these kinds takes a {@code -- @renamed} annotation in the engine, so none is renamed.
 */
final class Definitions {
    private Definitions() {
    }

    /** A part of this family: written after every other kind (none of those uses one of these). */
    abstract static class Definition extends Part {
        Definition(int id, String name) {
            super(id, name);
        }

        /** Appends the statements that declare it; {@code name} gives any part's name as SQL writes it. */
        abstract void render(Function<Part, String> name, Model model, StringBuilder out);

        /** What COMMENT ON calls it, or null when it takes no comment. */
        String commentTarget(Function<Part, String> name, Model model) {
            return null;
        }
    }

    /** The kinds in the order they are declared: each may use those before it. */
    private static final List<Class<? extends Definition>> ORDER = List.of(EventFunction.class,
            EventTrigger.class, Dictionary.class, Configuration.class, Operator.class, OperatorFamily.class,
            OperatorClass.class, Cast.class, Aggregate.class, Conversion.class, Wrapper.class, Server.class,
            UserMapping.class, ForeignTable.class, UsingIndex.class);

    /** Appends every definition of the model, kind by kind. */
    static void render(Model model, Function<Part, String> name, StringBuilder out) {
        for (Class<? extends Definition> kind : ORDER) {
            model.definitions.stream().filter(kind::isInstance).forEach(d -> ((Definition) d).render(name, model, out));
        }
    }

    static String options(Map<String, String> options) {
        return options.entrySet().stream().map(e -> e.getKey() + " '" + e.getValue() + "'")
                .collect(Collectors.joining(", "));
    }

    private static String optionsClause(Map<String, String> options) {
        return options.isEmpty() ? "" : " OPTIONS (" + options(options) + ")";
    }

    /** A plpgsql function returning event_trigger, for event triggers. */
    static final class EventFunction extends Definition {
        String body; // a plpgsql statement that does nothing visible

        EventFunction(int id, String name) {
            super(id, name);
        }

        @Override
        void render(Function<Part, String> name, Model model, StringBuilder out) {
            out.append("CREATE FUNCTION ").append(name.apply(this))
                    .append("() RETURNS event_trigger LANGUAGE plpgsql AS $$\nBEGIN\n  ").append(body)
                    .append("\nEND\n$$;\n");
        }

        @Override
        String commentTarget(Function<Part, String> name, Model model) {
            return "FUNCTION " + name.apply(this) + "()";
        }
    }

    static final class EventTrigger extends Definition {
        String event; // ddl_command_start, ddl_command_end, sql_drop or table_rewrite
        final List<String> tags = new ArrayList<>();
        int function;
        String state; // ENABLE, DISABLE, ENABLE REPLICA or ENABLE ALWAYS

        EventTrigger(int id, String name) {
            super(id, name);
        }

        @Override
        Set<Integer> needs() {
            return Set.of(function);
        }

        @Override
        void render(Function<Part, String> name, Model model, StringBuilder out) {
            out.append("CREATE EVENT TRIGGER ").append(this.name).append(" ON ").append(event)
                    .append(tags.isEmpty() ? "" : " WHEN TAG IN (" + tags.stream().map(t -> "'" + t + "'")
                            .collect(Collectors.joining(", ")) + ")")
                    .append(" EXECUTE FUNCTION ").append(name.apply(model.part(function))).append("();\n");
            if (!state.equals("ENABLE")) {
                out.append("ALTER EVENT TRIGGER ").append(this.name).append(' ').append(state).append(";\n");
            }
        }

        @Override
        String commentTarget(Function<Part, String> name, Model model) {
            return "EVENT TRIGGER " + this.name;
        }
    }

    static final class Dictionary extends Definition {
        String template; // simple or snowball
        final Map<String, String> options = new LinkedHashMap<>(); // written KEY = value

        Dictionary(int id, String name) {
            super(id, name);
        }

        @Override
        void render(Function<Part, String> name, Model model, StringBuilder out) {
            out.append("CREATE TEXT SEARCH DICTIONARY ").append(name.apply(this)).append(" (TEMPLATE = ")
                    .append(template);
            options.forEach((k, v) -> out.append(", ").append(k).append(" = ").append(v));
            out.append(");\n");
        }

        @Override
        String commentTarget(Function<Part, String> name, Model model) {
            return "TEXT SEARCH DICTIONARY " + name.apply(this);
        }
    }

    /** A configuration over the default parser; each mapping lists dictionaries (ids, or 0 for simple). */
    static final class Configuration extends Definition {
        final Map<String, List<Integer>> mappings = new LinkedHashMap<>();

        Configuration(int id, String name) {
            super(id, name);
        }

        @Override
        Set<Integer> needs() {
            return mappings.values().stream().flatMap(List::stream).filter(d -> d != 0).collect(Collectors.toSet());
        }

        @Override
        void render(Function<Part, String> name, Model model, StringBuilder out) {
            out.append("CREATE TEXT SEARCH CONFIGURATION ").append(name.apply(this)).append(" (PARSER = default);\n");
            mappings.forEach((token, dictionaries) -> out.append("ALTER TEXT SEARCH CONFIGURATION ")
                    .append(name.apply(this)).append(" ADD MAPPING FOR ").append(token).append(" WITH ")
                    .append(dictionaries.stream().map(d -> d == 0 ? "simple" : name.apply(model.part(d)))
                            .collect(Collectors.joining(", ")))
                    .append(";\n"));
        }

        @Override
        String commentTarget(Function<Part, String> name, Model model) {
            return "TEXT SEARCH CONFIGURATION " + name.apply(this);
        }
    }

    /** A prefix operator on integer over one of the generator's SQL or plpgsql functions. */
    static final class Operator extends Definition {
        int function;

        Operator(int id, String name) {
            super(id, name);
        }

        @Override
        Set<Integer> needs() {
            return Set.of(function);
        }

        @Override
        void render(Function<Part, String> name, Model model, StringBuilder out) {
            out.append("CREATE OPERATOR ").append(name.apply(this)).append(" (RIGHTARG = integer, FUNCTION = ")
                    .append(name.apply(model.part(function))).append(");\n");
        }

        @Override
        String commentTarget(Function<Part, String> name, Model model) {
            return "OPERATOR " + name.apply(this) + " (NONE, integer)";
        }
    }

    /** A family (hash or btree); a hash one may hold integer equality and a hash support function. */
    static final class OperatorFamily extends Definition {
        String method;
        boolean equality;
        Integer support; // a generator's function (integer -> integer), or null

        OperatorFamily(int id, String name) {
            super(id, name);
        }

        @Override
        Set<Integer> needs() {
            return support == null ? Set.of() : Set.of(support);
        }

        @Override
        void render(Function<Part, String> name, Model model, StringBuilder out) {
            out.append("CREATE OPERATOR FAMILY ").append(name.apply(this)).append(" USING ").append(method)
                    .append(";\n");
            List<String> members = new ArrayList<>();
            if (equality) {
                members.add("OPERATOR 1 = (integer, integer)");
            }
            if (support != null) {
                members.add("FUNCTION 1 " + name.apply(model.part(support)) + "(integer)");
            }
            if (!members.isEmpty()) {
                out.append("ALTER OPERATOR FAMILY ").append(name.apply(this)).append(" USING ").append(method)
                        .append(" ADD ").append(String.join(", ", members)).append(";\n");
            }
        }

        @Override
        String commentTarget(Function<Part, String> name, Model model) {
            return "OPERATOR FAMILY " + name.apply(this) + " USING " + method;
        }
    }

    /** A hash class for integer hashing with one of the generator's functions, in a family of its own or not. */
    static final class OperatorClass extends Definition {
        int support;
        boolean equality;
        Integer family; // an empty hash family, or null (then PostgreSQL makes one named like the class)

        OperatorClass(int id, String name) {
            super(id, name);
        }

        @Override
        Set<Integer> needs() {
            return family == null ? Set.of(support) : Set.of(support, family);
        }

        @Override
        void render(Function<Part, String> name, Model model, StringBuilder out) {
            out.append("CREATE OPERATOR CLASS ").append(name.apply(this)).append(" FOR TYPE integer USING hash")
                    .append(family != null ? " FAMILY " + name.apply(model.part(family)) : "").append(" AS ")
                    .append(equality ? "OPERATOR 1 =, " : "").append("FUNCTION 1 ")
                    .append(name.apply(model.part(support))).append("(integer);\n");
        }

        @Override
        String commentTarget(Function<Part, String> name, Model model) {
            return "OPERATOR CLASS " + name.apply(this) + " USING hash";
        }
    }

    /** A cast through I/O between an enum, composite or range type of the schema and text. */
    static final class Cast extends Definition {
        int type;
        boolean toText; // type AS text, else text AS type
        String context; // "", " AS ASSIGNMENT" or " AS IMPLICIT"

        Cast(int id, String name) {
            super(id, name);
        }

        @Override
        Set<Integer> needs() {
            return Set.of(type);
        }

        private String signature(Function<Part, String> name, Model model) {
            String t = name.apply(model.part(type));
            return toText ? "(" + t + " AS text)" : "(text AS " + t + ")";
        }

        @Override
        void render(Function<Part, String> name, Model model, StringBuilder out) {
            out.append("CREATE CAST ").append(signature(name, model)).append(" WITH INOUT").append(context)
                    .append(";\n");
        }

        @Override
        String commentTarget(Function<Part, String> name, Model model) {
            return "CAST " + signature(name, model);
        }
    }

    /** An aggregate of integers with a built-in state function, sometimes a generator's function to finish. */
    static final class Aggregate extends Definition {
        String stateFunction; // int4pl, int4larger or int4smaller
        Integer finalFunction;
        String initial; // INITCOND, or null

        Aggregate(int id, String name) {
            super(id, name);
        }

        @Override
        Set<Integer> needs() {
            return finalFunction == null ? Set.of() : Set.of(finalFunction);
        }

        @Override
        void render(Function<Part, String> name, Model model, StringBuilder out) {
            out.append("CREATE AGGREGATE ").append(name.apply(this)).append("(integer) (SFUNC = ")
                    .append(stateFunction).append(", STYPE = integer")
                    .append(finalFunction != null ? ", FINALFUNC = " + name.apply(model.part(finalFunction)) : "")
                    .append(initial != null ? ", INITCOND = '" + initial + "'" : "").append(");\n");
        }

        @Override
        String commentTarget(Function<Part, String> name, Model model) {
            return "AGGREGATE " + name.apply(this) + "(integer)";
        }
    }

    /** A conversion with one of PostgreSQL's built-in conversion functions. */
    static final class Conversion extends Definition {
        String from;
        String to;
        String function;
        boolean isDefault;

        Conversion(int id, String name) {
            super(id, name);
        }

        @Override
        void render(Function<Part, String> name, Model model, StringBuilder out) {
            out.append("CREATE ").append(isDefault ? "DEFAULT " : "").append("CONVERSION ").append(name.apply(this))
                    .append(" FOR '").append(from).append("' TO '").append(to).append("' FROM ").append(function)
                    .append(";\n");
        }

        @Override
        String commentTarget(Function<Part, String> name, Model model) {
            return "CONVERSION " + name.apply(this);
        }
    }

    /** A foreign data wrapper without handler or validator (so any options do). */
    static final class Wrapper extends Definition {
        final Map<String, String> options = new LinkedHashMap<>();

        Wrapper(int id, String name) {
            super(id, name);
        }

        @Override
        void render(Function<Part, String> name, Model model, StringBuilder out) {
            out.append("CREATE FOREIGN DATA WRAPPER ").append(this.name).append(optionsClause(options)).append(";\n");
        }

        @Override
        String commentTarget(Function<Part, String> name, Model model) {
            return "FOREIGN DATA WRAPPER " + this.name;
        }
    }

    static final class Server extends Definition {
        int wrapper;
        String type; // or null
        String version; // or null
        final Map<String, String> options = new LinkedHashMap<>();

        Server(int id, String name) {
            super(id, name);
        }

        @Override
        Set<Integer> needs() {
            return Set.of(wrapper);
        }

        @Override
        void render(Function<Part, String> name, Model model, StringBuilder out) {
            out.append("CREATE SERVER ").append(this.name).append(type != null ? " TYPE '" + type + "'" : "")
                    .append(version != null ? " VERSION '" + version + "'" : "").append(" FOREIGN DATA WRAPPER ")
                    .append(model.part(wrapper).name).append(optionsClause(options)).append(";\n");
        }

        @Override
        String commentTarget(Function<Part, String> name, Model model) {
            return "SERVER " + this.name;
        }
    }

    /** A user mapping for PUBLIC or the current user (the superuser every database of the server has). */
    static final class UserMapping extends Definition {
        int server;
        String user; // PUBLIC or CURRENT_USER
        final Map<String, String> options = new LinkedHashMap<>();

        UserMapping(int id, String name) {
            super(id, name);
        }

        @Override
        Set<Integer> needs() {
            return Set.of(server);
        }

        @Override
        void render(Function<Part, String> name, Model model, StringBuilder out) {
            out.append("CREATE USER MAPPING FOR ").append(user).append(" SERVER ").append(model.part(server).name)
                    .append(optionsClause(options)).append(";\n");
        }
    }

    /** A foreign table on a server, with options of its own and of its columns. */
    static final class ForeignTable extends Definition {
        int server;
        final List<ForeignColumn> columns = new ArrayList<>();
        final Map<String, String> options = new LinkedHashMap<>();

        ForeignTable(int id, String name) {
            super(id, name);
        }

        @Override
        Set<Integer> needs() {
            return Set.of(server);
        }

        @Override
        void render(Function<Part, String> name, Model model, StringBuilder out) {
            out.append("CREATE FOREIGN TABLE ").append(name.apply(this)).append(" (\n")
                    .append(columns.stream().map(c -> "  " + c.name + " " + c.type + optionsClause(c.options)
                            + (c.notNull ? " NOT NULL" : "")).collect(Collectors.joining(",\n")))
                    .append("\n) SERVER ").append(model.part(server).name).append(optionsClause(options))
                    .append(";\n");
        }

        @Override
        String commentTarget(Function<Part, String> name, Model model) {
            return "FOREIGN TABLE " + name.apply(this);
        }
    }

    /**
     * An index of a table's own column that uses a definition: a hash operator class, a text search configuration
     * (to_tsvector) or a prefix operator (an expression).
     */
    static final class UsingIndex extends Definition {
        int table;
        int column;
        int uses;
        String signature; // the column's type it was written for

        UsingIndex(int id, String name) {
            super(id, name);
        }

        @Override
        Set<Integer> needs() {
            return Set.of(table, column, uses);
        }

        @Override
        Map<Integer, String> typed() {
            return Map.of(column, signature);
        }

        @Override
        void render(Function<Part, String> name, Model model, StringBuilder out) {
            Part used = model.part(uses);
            String column = model.part(this.column).name;
            out.append("CREATE INDEX ").append(this.name).append(" ON ").append(name.apply(model.part(table)))
                    .append(used instanceof OperatorClass ? " USING hash (" + column + " " + name.apply(used) + ")"
                            : used instanceof Configuration ? " USING gin (to_tsvector('" + name.apply(used)
                                    + "'::regconfig, " + column + "))"
                            : " ((OPERATOR(" + name.apply(used) + ") " + column + "))")
                    .append(";\n");
        }

        @Override
        String commentTarget(Function<Part, String> name, Model model) {
            Part table = model.part(this.table);
            return "INDEX " + (table.schema != null ? model.part(table.schema).name + "." : "") + this.name;
        }
    }

    static final class ForeignColumn {
        final String name;
        String type;
        boolean notNull;
        final Map<String, String> options = new LinkedHashMap<>();

        ForeignColumn(String name) {
            this.name = name;
        }
    }
}
