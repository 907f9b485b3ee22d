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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a {@link Model} as a schema file. Each renamable object is declared on a line of its own, so that an
 * object whose name differs in {@code other} (the schema the file is planned from) carries
 * {@code -- @renamed from=<its name there>}.
 */
final class ModelSql {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final Model model;
    private final Map<Integer, Part> parts;
    private final Map<Integer, Part> other;
    private final StringBuilder out = new StringBuilder();

    private ModelSql(Model model, Model other) {
        this.model = model;
        this.parts = model.parts();
        this.other = other == null ? Map.of() : other.parts();
    }

    /** The schema file of {@code model}, annotated with the renames from {@code from} (null: none). */
    static String render(Model model, Model from) {
        return new ModelSql(model, from).all();
    }

    private String all() {
        model.schemas.forEach(x -> out.append("CREATE SCHEMA ").append(x.name).append(";\n"));
        AccessSql.before(model, parts, this, out); // family "access and publication": what the objects below use
        model.enums.forEach(this::enumType);
        model.domains.forEach(this::domain);
        model.composites.forEach(this::composite);
        model.ranges.forEach(this::range);
        model.sequences.forEach(this::sequence);
        model.functions.forEach(this::function);
        model.tables.forEach(this::table);
        model.sequences.stream().filter(q -> q.ownedBy != null).forEach(q -> out.append("ALTER SEQUENCE ")
                .append(name(q)).append(" OWNED BY ").append(name(model.tableOf(q.ownedBy))).append('.')
                .append(parts.get(q.ownedBy).name).append(";\n"));
        model.indexes.forEach(this::index);
        model.views.forEach(this::view);
        model.triggers.forEach(this::trigger);
        model.policies.forEach(this::policy);
        Definitions.render(model, this::name, out); // family "definitions"
        AccessSql.after(model, parts, this, out); // family "access and publication": what uses the objects above
        comments();
        return out.toString();
    }

    /** The name of a part as SQL names it: schema-qualified outside public. */
    String name(Part p) {
        return p.schema != null ? parts.get(p.schema).name + "." + p.name : p.name;
    }

    String name(int id) {
        return name(parts.get(id));
    }

    /** The annotation of a part renamed in place; none for one that moves to another schema (a new one). */
    private String renamed(Part p) {
        Part before = other.get(p.id);
        return before != null && !before.name.equals(p.name) && !moved(p) ? " -- @renamed from=" + before.name : "";
    }

    /** Whether the part, or the table or type it belongs to, is in another schema in {@code other}. */
    private boolean moved(Part p) {
        Part owner = p;
        if (p instanceof Column || p instanceof Constraint) {
            owner = model.tables.stream().filter(t -> t.columns.contains(p) || t.constraints.contains(p))
                    .findFirst().orElse(null);
        } else if (p instanceof Index i) {
            owner = parts.get(i.table);
        } else if (p instanceof Label) {
            owner = model.enums.stream().filter(e -> e.labels.contains(p)).findFirst().orElse(null);
        }
        Part before = owner == null ? null : other.get(owner.id);
        return before != null && !java.util.Objects.equals(before.schema, owner.schema);
    }

    private void enumType(EnumType e) {
        out.append("CREATE TYPE ").append(name(e)).append(" AS ENUM (").append(renamed(e)).append('\n');
        for (int i = 0; i < e.labels.size(); i++) {
            Label l = e.labels.get(i);
            Part before = other.get(l.id);
            out.append("  '").append(l.name).append('\'').append(i + 1 < e.labels.size() ? "," : "")
                    .append(before != null && !before.name.equals(l.name) && !moved(l)
                            ? " -- @renamed from='" + before.name + "'"
                            : "")
                    .append('\n');
        }
        out.append(");\n");
    }

    private void domain(Domain d) {
        out.append("CREATE DOMAIN ").append(name(d)).append(" AS ").append(d.base)
                .append(d.notNull ? " NOT NULL" : "").append(d.check != null ? " CHECK (" + d.check + ")" : "")
                .append(";").append(renamed(d)).append('\n');
    }

    private void composite(Composite c) {
        out.append("CREATE TYPE ").append(name(c)).append(" AS (").append(renamed(c)).append('\n');
        out.append(c.fields.stream().map(f -> "  " + f.name + " " + type(f)).collect(Collectors.joining(",\n")));
        out.append("\n);\n");
    }

    private void range(RangeType r) {
        out.append("CREATE TYPE ").append(name(r)).append(" AS RANGE (SUBTYPE = ").append(r.subtype).append(");\n");
    }

    private void sequence(Sequence s) {
        out.append("CREATE SEQUENCE ").append(name(s)).append(" INCREMENT ").append(s.increment).append(" START ")
                .append(s.start).append(s.cycle ? " CYCLE" : "").append(";\n");
    }

    private void function(Function f) {
        if (f.trigger) {
            out.append("CREATE FUNCTION ").append(name(f)).append("() RETURNS trigger LANGUAGE plpgsql AS $$\n")
                    .append("BEGIN\n  ").append(f.body).append("\n  RETURN NEW;\nEND\n$$;\n");
        } else if (f.plpgsql) {
            out.append("CREATE FUNCTION ").append(name(f))
                    .append("(a integer) RETURNS integer LANGUAGE plpgsql IMMUTABLE AS $$\nBEGIN\n  RETURN ")
                    .append(f.body).append(";\nEND\n$$;\n");
        } else {
            out.append("CREATE FUNCTION ").append(name(f))
                    .append("(a integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT ").append(f.body)
                    .append(" $$;\n");
        }
    }

    private void table(Table t) {
        out.append("CREATE TABLE ").append(name(t))
                .append(t.partitionOf != null ? " PARTITION OF " + name(t.partitionOf) : "");
        if (t.partitionOf != null && t.constraints.isEmpty()) { // a partition's list may not be empty: none
            out.append(' ').append(t.bound).append(";").append(renamed(t)).append('\n');
            rowLevelSecurity(t);
            return;
        }
        out.append(" (").append(renamed(t)).append('\n');
        List<String> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Column c : t.columns) {
            lines.add("  " + c.name + " " + column(c));
            notes.add(renamed(c));
        }
        for (Constraint k : t.constraints) {
            lines.add("  " + (k.name != null ? "CONSTRAINT " + k.name + " " : "") + constraint(k));
            notes.add(k.name != null ? renamed(k) : "");
        }
        for (int i = 0; i < lines.size(); i++) {
            out.append(lines.get(i)).append(i + 1 < lines.size() ? "," : "").append(notes.get(i)).append('\n');
        }
        out.append(")");
        if (t.partitionOf != null) {
            out.append(' ').append(t.bound);
        } else if (t.partitionBy != null) {
            out.append(" PARTITION BY ").append(t.partitionBy).append(" (").append(parts.get(t.partitionKey).name)
                    .append(')');
        } else if (!t.inherits.isEmpty()) {
            out.append(" INHERITS (").append(t.inherits.stream().map(this::name).collect(Collectors.joining(", ")))
                    .append(')');
        }
        out.append(";\n");
        rowLevelSecurity(t);
    }

    private void rowLevelSecurity(Table t) {
        if (t.rowLevelSecurity) {
            out.append("ALTER TABLE ").append(name(t)).append(" ENABLE ROW LEVEL SECURITY;\n");
        }
    }

    private String column(Column c) {
        StringBuilder s = new StringBuilder(c.serial != null ? c.serial : type(c));
        if (c.storage != null) {
            s.append(" STORAGE ").append(c.storage);
        }
        if (c.compression != null) {
            s.append(" COMPRESSION ").append(c.compression);
        }
        if (c.collation != null) { // family "access and publication"
            s.append(" COLLATE ").append(name(c.collation));
        }
        if (c.identity != null) {
            s.append(" GENERATED ").append(c.identity).append(" AS IDENTITY");
        }
        if (c.generated != null) {
            s.append(" GENERATED ALWAYS AS (").append(expand(c.generated)).append(") STORED");
        }
        if (c.notNull) {
            s.append(" NOT NULL");
        }
        if (c.defaultSequence != null) {
            s.append(" DEFAULT nextval('").append(name(c.defaultSequence)).append("')");
        } else if (c.defaultLabel != null) {
            s.append(" DEFAULT '").append(parts.get(c.defaultLabel).name).append("'");
        } else if (c.defaultSql != null) {
            s.append(" DEFAULT ").append(c.defaultSql);
        }
        return s.toString();
    }

    private String type(Column c) {
        return c.userType != null ? name(c.userType) : c.type;
    }

    private String constraint(Constraint k) {
        return switch (k.kind) {
            case "CHECK" -> "CHECK (" + expand(k.check) + ")";
            case "EXCLUDE" -> "EXCLUDE USING gist (" + k.columns.stream().map(id -> parts.get(id).name + " WITH &&")
                    .collect(Collectors.joining(", ")) + ")";
            case "FOREIGN KEY" -> "FOREIGN KEY (" + names(k.columns) + ") REFERENCES "
                    + name(k.referencedTable) + " (" + names(k.referencedColumns) + ")"
                    + (k.onDelete != null ? " ON DELETE " + k.onDelete : "");
            default -> k.kind + " (" + names(k.columns) + ")";
        };
    }

    private void index(Index i) {
        out.append("CREATE ").append(i.unique ? "UNIQUE " : "").append("INDEX ").append(i.name).append(" ON ")
                .append(name(i.table)).append(" (")
                .append(i.expression != null ? "(" + expand(i.expression) + ")" : names(i.columns)).append(")")
                .append(i.where != null ? " WHERE " + expand(i.where) : "").append(";").append(renamed(i))
                .append('\n');
    }

    private void view(View v) {
        out.append("CREATE ").append(v.materialized ? "MATERIALIZED " : "").append("VIEW ").append(name(v))
                .append(" AS SELECT ").append(names(v.columns)).append(" FROM ").append(name(v.table))
                .append(v.where != null ? " WHERE " + expand(v.where) : "").append(";\n");
    }

    private void trigger(Trigger t) {
        out.append("CREATE TRIGGER ").append(t.name).append(' ').append(t.timing).append(' ').append(t.events)
                .append(" ON ").append(name(t.table)).append(" FOR EACH ROW EXECUTE FUNCTION ")
                .append(name(t.function)).append("();\n");
    }

    private void policy(Policy p) {
        out.append("CREATE POLICY ").append(p.name).append(" ON ").append(name(p.table)).append(" FOR ")
                .append(p.command).append(p.command.equals("INSERT") ? " WITH CHECK (" : " USING (")
                .append(expand(p.using)).append(");\n");
    }

    private void comments() {
        for (Part p : parts.values()) {
            if (p.comment == null) {
                continue;
            }
            String what = what(p);
            if (what != null) {
                out.append("COMMENT ON ").append(what).append(" IS '").append(p.comment.replace("'", "''")).append("';\n");
            }
        }
    }

    /** What COMMENT ON calls the part, or null for a part this generator does not comment. */
    private String what(Part p) {
        if (p instanceof Table t) {
            return "TABLE " + name(t);
        } else if (p instanceof Column c) {
            return "COLUMN " + name(model.tableOf(c.id)) + "." + c.name;
        } else if (p instanceof View v) {
            return (v.materialized ? "MATERIALIZED VIEW " : "VIEW ") + name(v);
        } else if (p instanceof Function f) {
            return "FUNCTION " + name(f) + (f.trigger ? "()" : "(integer)");
        } else if (p instanceof EnumType || p instanceof RangeType || p instanceof Composite) {
            return "TYPE " + name(p);
        } else if (p instanceof Domain d) {
            return "DOMAIN " + name(d);
        } else if (p instanceof Sequence q) {
            return "SEQUENCE " + name(q);
        } else if (p instanceof Index i) {
            Part table = parts.get(i.table);
            return "INDEX " + (table.schema != null ? parts.get(table.schema).name + "." : "") + i.name;
        } else if (p instanceof Schema x) {
            return "SCHEMA " + x.name;
        } else if (p instanceof Definitions.Definition d) { // family "definitions"
            return d.commentTarget(this::name, model);
        }
        return null;
    }

    String names(List<Integer> ids) {
        return ids.stream().map(id -> parts.get(id).name).collect(Collectors.joining(", "));
    }

    /** Replaces each {id} by the name of that column (or function, qualified). */
    String expand(String sql) {
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(s, Matcher.quoteReplacement(name(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(s);
        return s.toString();
    }
}
