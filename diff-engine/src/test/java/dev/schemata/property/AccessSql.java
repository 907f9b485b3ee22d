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
import dev.schemata.property.Model.Composite;
import dev.schemata.property.Model.Domain;
import dev.schemata.property.Model.EnumType;
import dev.schemata.property.Model.Function;
import dev.schemata.property.Model.Part;
import dev.schemata.property.Model.RangeType;
import dev.schemata.property.Model.Schema;
import dev.schemata.property.Model.Sequence;
import dev.schemata.property.Model.Table;
import dev.schemata.property.Model.View;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the parts of the family "access and publication" of a {@link Model} (see {@link AccessModel}), for
 * {@link ModelSql}: {@link #before} what the tables and types use, {@link #after} what uses them. None of these
 * kinds takes a {@code -- @renamed} annotation (the engine renames none of them).
 */
final class AccessSql {

    private final Model model;
    private final Map<Integer, Part> parts;
    private final ModelSql names;
    private final StringBuilder out;

    private AccessSql(Model model, Map<Integer, Part> parts, ModelSql names, StringBuilder out) {
        this.model = model;
        this.parts = parts;
        this.names = names;
        this.out = out;
    }

    /** Collations, extensions and default privileges: after the schemas, before anything else. */
    static void before(Model model, Map<Integer, Part> parts, ModelSql names, StringBuilder out) {
        AccessSql sql = new AccessSql(model, parts, names, out);
        sql.each(Collation.class).forEach(sql::collation);
        sql.each(Extension.class).forEach(sql::extension);
        sql.each(DefaultGrant.class).forEach(sql::defaultGrant);
    }

    /** Statistics, publications, grants and the comments on these kinds: after every other object. */
    static void after(Model model, Map<Integer, Part> parts, ModelSql names, StringBuilder out) {
        AccessSql sql = new AccessSql(model, parts, names, out);
        sql.each(Statistics.class).forEach(sql::statistics);
        sql.each(Publication.class).forEach(sql::publication);
        sql.each(Grant.class).forEach(sql::grant);
        model.access.stream().filter(p -> p.comment != null).forEach(sql::comment);
    }

    private <P extends Part> List<P> each(Class<P> kind) {
        return model.access.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    // names and placeholders as ModelSql writes them for the other kinds
    private String name(Part p) {
        return names.name(p);
    }

    private String name(int id) {
        return names.name(id);
    }

    private void collation(Collation c) {
        out.append("CREATE COLLATION ").append(name(c)).append(" (provider = ").append(c.provider)
                .append(", locale = '").append(c.locale).append('\'')
                .append(c.deterministic ? "" : ", deterministic = false").append(");\n");
    }

    private void extension(Extension e) {
        out.append("CREATE EXTENSION ").append(e.name)
                .append(e.schema != null ? " SCHEMA " + parts.get(e.schema).name : "").append(";\n");
    }

    private void defaultGrant(DefaultGrant d) {
        out.append("ALTER DEFAULT PRIVILEGES ").append(d.schema != null ? "IN SCHEMA " + parts.get(d.schema).name + " " : "")
                .append(d.revoke ? "REVOKE " : "GRANT ").append(d.privileges).append(" ON ").append(d.objects)
                .append(d.revoke ? " FROM " : " TO ").append(d.grantee)
                .append(d.grantOption ? " WITH GRANT OPTION" : "").append(";\n");
    }

    private void statistics(Statistics s) {
        List<String> on = new ArrayList<>();
        if (s.expression != null) {
            on.add("(" + expand(s.expression) + ")");
        }
        s.columns.forEach(c -> on.add(parts.get(c).name));
        out.append("CREATE STATISTICS ").append(name(s)).append(s.kinds != null ? " (" + s.kinds + ")" : "")
                .append(" ON ").append(String.join(", ", on)).append(" FROM ").append(name(s.table)).append(";\n");
        if (s.target != null) {
            out.append("ALTER STATISTICS ").append(name(s)).append(" SET STATISTICS ").append(s.target).append(";\n");
        }
    }

    /**
     * Whether another member of the publication inherits from the member's table (at any depth), or shares an
     * inheriting table with it, while one of the two has a column list or row filter: a parent without ONLY
     * would add that child as it is (or with the parent's filter), in conflict with the child's own entry or
     * with the entry the other parent adds (seeds 88, 5729, 2973 and 8646).
     */
    private boolean parentOfNarrowed(PublicationTable member) {
        return each(PublicationTable.class).stream().anyMatch(o -> o.publication == member.publication
                && o != member && (narrowed(o) || narrowed(member))
                && (descends(o.table, member.table) || sharesDescendant(o.table, member.table)));
    }

    private boolean sharesDescendant(int one, int other) {
        return parts.values().stream().filter(Table.class::isInstance)
                .anyMatch(t -> descends(t.id, one) && descends(t.id, other));
    }

    private static boolean narrowed(PublicationTable member) {
        return !member.columns.isEmpty() || member.where != null;
    }

    private boolean descends(int table, int ancestor) {
        return ((Table) parts.get(table)).inherits.stream().anyMatch(p -> p == ancestor || descends(p, ancestor));
    }

    private void publication(Publication p) {
        List<String> tables = new ArrayList<>();
        for (PublicationTable t : each(PublicationTable.class)) {
            if (t.publication == p.id) {
                tables.add((parentOfNarrowed(t) ? "ONLY " : "") + name(t.table)
                        + (t.columns.isEmpty() ? "" : " (" + names(t.columns) + ")")
                        + (t.where != null ? " WHERE (" + expand(t.where) + ")" : ""));
            }
        }
        List<String> schemas = each(PublicationSchema.class).stream().filter(x -> x.publication == p.id)
                .map(x -> x.schema == null ? "public" : parts.get(x.schema).name).toList();
        List<String> members = new ArrayList<>();
        if (!tables.isEmpty()) {
            members.add("TABLE " + String.join(", ", tables));
        }
        if (!schemas.isEmpty()) {
            members.add("TABLES IN SCHEMA " + String.join(", ", schemas));
        }
        List<String> with = new ArrayList<>();
        if (p.publish != null) {
            with.add("publish = '" + p.publish + "'");
        }
        if (p.viaRoot) {
            with.add("publish_via_partition_root = true");
        }
        out.append("CREATE PUBLICATION ").append(p.name).append(members.isEmpty() ? "" : " FOR " + String.join(", ", members))
                .append(with.isEmpty() ? "" : " WITH (" + String.join(", ", with) + ")").append(";\n");
    }

    private void grant(Grant g) {
        String privileges = g.column == null ? g.privileges : Arrays.stream(g.privileges.split(", "))
                .map(x -> x + " (" + parts.get(g.column).name + ")").collect(Collectors.joining(", "));
        out.append(g.revoke ? "REVOKE " : "GRANT ").append(privileges).append(" ON ").append(target(g.target))
                .append(g.revoke ? " FROM " : " TO ").append(g.grantee)
                .append(g.grantOption ? " WITH GRANT OPTION" : "").append(";\n");
    }

    /** The object of a grant as GRANT names it. */
    private String target(int id) {
        Part p = parts.get(id);
        if (p instanceof Table || p instanceof View) {
            return "TABLE " + name(p);
        } else if (p instanceof Sequence) {
            return "SEQUENCE " + name(p);
        } else if (p instanceof Function f) {
            return "FUNCTION " + name(f) + (f.trigger ? "()" : "(integer)");
        } else if (p instanceof Schema) {
            return "SCHEMA " + p.name;
        } else if (p instanceof Domain) {
            return "DOMAIN " + name(p);
        } else if (p instanceof EnumType || p instanceof Composite || p instanceof RangeType) {
            return "TYPE " + name(p);
        }
        throw new IllegalStateException("no grants on " + p.getClass().getSimpleName());
    }

    private void comment(Part p) {
        String what = p instanceof Statistics ? "STATISTICS " + name(p)
                : p instanceof Publication ? "PUBLICATION " + p.name
                : p instanceof Collation ? "COLLATION " + name(p)
                : p instanceof Extension ? "EXTENSION " + p.name
                : null; // grants, default privileges and publication members take no comment
        if (what != null) {
            out.append("COMMENT ON ").append(what).append(" IS '").append(p.comment.replace("'", "''")).append("';\n");
        }
    }

    private String names(List<Integer> ids) {
        return names.names(ids);
    }

    private String expand(String sql) {
        return names.expand(sql);
    }
}
