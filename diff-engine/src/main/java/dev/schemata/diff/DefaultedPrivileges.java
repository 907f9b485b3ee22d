package dev.schemata.diff;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.DefaultPrivilege;
import dev.schemata.catalog.Identifiers;
import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.Privilege;
import dev.schemata.catalog.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The privileges an object the plan creates starts with: those the desired default privileges of the connecting
 * role give it (they change before the plan creates anything), as entries of the catalog's privileges. A schema
 * file may declare an object before its {@code ALTER DEFAULT PRIVILEGES} (as pg_dump does), so that the object
 * lacks what a new one gets: these are what {@link PrivilegeDiff} revokes then (property seed 135).
 */
final class DefaultedPrivileges {
    private DefaultedPrivileges() {}

    static List<Privilege> of(List<Change> changes, Catalog desired) {
        List<Privilege> out = new ArrayList<>();
        for (Change c : changes) {
            // an identity column's sequence takes the default privileges on sequences as any new one does (seed 633)
            for (QualifiedName sequence : Change.identitySequencesCreated(c)) {
                add(out, desired, "SEQUENCES", sequence, ObjectKind.SEQUENCE, "SEQUENCE ");
            }
            if (c instanceof Change.CreateSchema s) {
                add(out, desired, "SCHEMAS", "SCHEMA " + Identifiers.quote(s.schema().name()), null, s.schema().name());
            } else if (c instanceof Change.CreateTable t) {
                add(out, desired, "TABLES", t.table().name(), ObjectKind.TABLE, "TABLE ");
            } else if (c instanceof Change.CreateView v) {
                add(out, desired, "TABLES", v.view().name(),
                        v.view().materialized() ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW, "TABLE ");
            } else if (c instanceof Change.CreateSequence s) {
                add(out, desired, "SEQUENCES", s.sequence().name(), ObjectKind.SEQUENCE, "SEQUENCE ");
            } else if (c instanceof Change.CreateRoutine r) {
                add(out, desired, "FUNCTIONS", "ROUTINE " + r.routine().name().sql() + "("
                        + r.routine().identityArguments() + ")", ObjectId.of(r.routine()), r.routine().name().schema());
            } else if (c instanceof Change.CreateEnum e) {
                add(out, desired, "TYPES", e.type().name(), ObjectKind.ENUM, "TYPE ");
            } else if (c instanceof Change.RecreateEnum e) {
                add(out, desired, "TYPES", e.to().name(), ObjectKind.ENUM, "TYPE ");
            } else if (c instanceof Change.RecreateRange r) {
                add(out, desired, "TYPES", r.to().name(), ObjectKind.RANGE_TYPE, "TYPE ");
            } else if (c instanceof Change.CreateDomain d) {
                add(out, desired, "TYPES", d.domain().name(), ObjectKind.DOMAIN, "DOMAIN ");
            } else if (c instanceof Change.CreateCompositeType t) {
                add(out, desired, "TYPES", t.type().name(), ObjectKind.COMPOSITE_TYPE, "TYPE ");
            }
        }
        return out;
    }

    private static void add(List<Privilege> out, Catalog desired, String objects, QualifiedName name, ObjectKind kind,
            String word) {
        add(out, desired, objects, word + name.sql(), ObjectId.of(kind, name), name.schema());
    }

    /** One entry per grantee and privilege: granted (with grant option if any default gives it) or revoked. */
    private static void add(List<Privilege> out, Catalog desired, String objects, String on, ObjectId object,
            String schema) {
        List<DefaultPrivilege> defaults = desired.defaultPrivileges().stream().filter(d -> d.role() == null
                && d.objects().equals(objects) && (d.schema() == null || d.schema().equals(schema))).toList();
        for (DefaultPrivilege d : defaults) {
            boolean done = out.stream().anyMatch(p -> p.on().equals(on) && p.grantee().equals(d.grantee())
                    && p.privilege().equals(d.privilege()));
            if (done) {
                continue;
            }
            List<DefaultPrivilege> same = defaults.stream().filter(x -> x.grantee().equals(d.grantee())
                    && x.privilege().equals(d.privilege())).toList();
            boolean granted = same.stream().anyMatch(DefaultPrivilege::granted);
            boolean grantable = same.stream().anyMatch(x -> x.granted() == granted && x.grantable());
            if (granted && !grantable && isBuiltIn(objects, d)) {
                continue; // granted again in a schema what every new one has: no entry (property seed 608)
            }
            out.add(new Privilege(on, object, Objects.requireNonNull(schema), null, d.grantee(), d.privilege(),
                    grantable, granted));
        }
    }

    /** PUBLIC's EXECUTE on functions and USAGE on types: what PostgreSQL gives a new one without default privileges. */
    private static boolean isBuiltIn(String objects, DefaultPrivilege d) {
        return d.grantee().equals("PUBLIC") && (objects.equals("FUNCTIONS") && d.privilege().equals("EXECUTE")
                || objects.equals("TYPES") && d.privilege().equals("USAGE"));
    }
}
