package dev.schemata.diff;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.ColumnRef;
import dev.schemata.catalog.DefaultPrivilege;
import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.Owner;
import dev.schemata.catalog.Privilege;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.View;
import dev.schemata.diff.GrantLevel.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Grants, default privileges and owners, compared for the managed roles only. It runs on the finished list of
 * changes: an object the plan creates (or drops and creates again) starts with the built-in privileges and the
 * connecting role as owner, so all its desired grants and its managed owner follow; one the plan drops takes its
 * grants along and needs no revoke.
 */
final class PrivilegeDiff {
    private final Catalog current;
    private final Catalog desired;
    private final Set<String> managed;
    private final FreshObjects fresh;
    private final List<Privilege> defaulted; // what the objects the plan creates start with
    private final Map<String, String> currentOwners;
    private final Map<String, String> desiredOwners;
    private final Set<QualifiedName> identitySequences; // as desired: sequences the catalog lists as identities'
    private final Set<String> privilegedObjects; // as desired: what privileges are on, as on + NUL + column
    private final Set<String> ownerChanged = new java.util.HashSet<>();
    private final List<Change> out = new ArrayList<>();

    private PrivilegeDiff(List<Change> changes, Catalog current, Catalog desired, Set<String> managed) {
        this.current = current;
        this.desired = desired;
        this.managed = managed;
        this.fresh = FreshObjects.of(changes, desired);
        this.defaulted = DefaultedPrivileges.of(changes, desired);
        this.currentOwners = ownersByObject(current);
        this.desiredOwners = ownersByObject(desired);
        this.identitySequences = desired.tables().stream().flatMap(t -> t.identitySequences().stream())
                .collect(java.util.stream.Collectors.toSet());
        this.privilegedObjects = desired.privileges().stream().map(d -> d.on() + "\0" + d.column())
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The changes followed by those of privileges and owners; the changes alone when no role is managed. */
    static List<Change> apply(List<Change> changes, Catalog current, Catalog desired, Set<String> managed) {
        if (managed.isEmpty()) {
            return changes;
        }
        PrivilegeDiff diff = new PrivilegeDiff(changes, current, desired, managed);
        diff.owners();
        diff.privileges();
        diff.grantColumnsAgain();
        diff.defaultPrivileges();
        List<Change> all = new ArrayList<>(changes);
        all.addAll(diff.out);
        return all;
    }

    /** Where the desired owner is managed: set it on a new object, or where the current owner is another. */
    private void owners() {
        for (Owner o : desired.owners()) {
            boolean differs = isFresh(o.object(), o.schema(), null)
                    || !o.owner().equals(currentOwners.get(objectKey(o.object(), o.schema())));
            if (managed.contains(o.owner()) && differs) {
                out.add(new Change.SetOwner(o));
                ownerChanged.add(objectKey(o.object(), o.schema()));
            }
        }
    }

    private void privileges() {
        Map<String, List<Privilege>> now = byKey(current.privileges(), PrivilegeDiff::key);
        Map<String, List<Privilege>> wanted = byKey(desired.privileges(), PrivilegeDiff::key);
        Map<String, List<Privilege>> startWith = byKey(defaulted, PrivilegeDiff::key);
        Map<String, Privilege> any = new TreeMap<>();
        current.privileges().forEach(p -> any.put(key(p), p));
        desired.privileges().forEach(p -> any.put(key(p), p));
        defaulted.forEach(p -> any.putIfAbsent(key(p), p));
        for (Map.Entry<String, Privilege> e : any.entrySet()) {
            Privilege p = e.getValue();
            if (!isCompared(p)) {
                continue;
            }
            List<Privilege> from = isFresh(p.object(), p.schema(), p.column())
                    ? startWith.getOrDefault(e.getKey(), List.of()) : now.getOrDefault(e.getKey(), List.of());
            List<Privilege> to = wanted.getOrDefault(e.getKey(), List.of());
            GrantLevel.Step step = GrantLevel.between(entries(from), entries(to));
            if (step != null) {
                out.add(privilegeChange(p, step));
            }
        }
    }

    /**
     * PostgreSQL's REVOKE of a privilege on a table revokes it on each of its columns too, and REVOKE GRANT OPTION
     * FOR the grant option: the column privileges the desired catalog keeps at that level are granted again right
     * after it (property seed 7090), in place of whatever change the diff had for them; PrivilegeOrder keeps them
     * after it.
     */
    private void grantColumnsAgain() {
        Map<Change, List<Privilege>> again = new java.util.HashMap<>();
        Set<String> replaced = new java.util.HashSet<>();
        for (Change c : out) {
            if (c instanceof Change.RevokePrivilege r && r.privilege().column() == null) {
                List<Privilege> columns = desired.privileges().stream()
                        .filter(kept -> isColumnOf(kept, r.privilege()) && (!r.grantOptionOnly() || kept.grantable()))
                        .toList();
                again.put(c, columns);
                columns.forEach(kept -> replaced.add(key(kept)));
            }
        }
        if (replaced.isEmpty()) {
            return;
        }
        List<Change> all = new ArrayList<>(out);
        out.clear();
        for (Change c : all) {
            if (!replaced.contains(privilegeKey(c))) {
                out.add(c);
            }
            again.getOrDefault(c, List.of()).forEach(kept -> out.add(new Change.GrantPrivilege(kept)));
        }
    }

    /** Whether a granted privilege is on a column of the table, for the grantee and kind of a table privilege. */
    private static boolean isColumnOf(Privilege column, Privilege table) {
        return column.column() != null && column.granted() && column.on().equals(table.on())
                && column.grantee().equals(table.grantee()) && column.privilege().equals(table.privilege());
    }

    private static String privilegeKey(Change change) {
        return change instanceof Change.GrantPrivilege g ? key(g.privilege())
                : change instanceof Change.RevokePrivilege r ? key(r.privilege()) : null;
    }

    /**
     * Whether a privilege is the plan's business: its grantee is managed and not the object's owner once the plan
     * ran (who holds every privilege as owner, which the catalog leaves out), and the object stays (a dropped one
     * takes its grants along). A role that stops being the owner holds nothing afterwards, as the catalog says.
     */
    private boolean isCompared(Privilege p) {
        String object = objectKey(p.object(), p.schema());
        boolean staysOwner = p.grantee().equals(currentOwners.get(object)) && !ownerChanged.contains(object);
        return managed.contains(p.grantee()) && !staysOwner && !p.grantee().equals(desiredOwners.get(object))
                && exists(p);
    }

    private static Map<String, String> ownersByObject(Catalog catalog) {
        Map<String, String> owners = new TreeMap<>();
        catalog.owners().forEach(o -> owners.put(objectKey(o.object(), o.schema()), o.owner()));
        return owners;
    }

    /** The same for a privilege and an owner of one object (their {@code on} differ for views). */
    private static String objectKey(ObjectId object, String schema) {
        return object == null ? "schema " + schema : object.toString();
    }

    private void defaultPrivileges() {
        Map<String, List<DefaultPrivilege>> now = byKey(current.defaultPrivileges(), PrivilegeDiff::key);
        Map<String, List<DefaultPrivilege>> wanted = byKey(desired.defaultPrivileges(), PrivilegeDiff::key);
        Map<String, DefaultPrivilege> any = new TreeMap<>();
        current.defaultPrivileges().forEach(p -> any.put(key(p), p));
        desired.defaultPrivileges().forEach(p -> any.put(key(p), p));
        for (Map.Entry<String, DefaultPrivilege> e : any.entrySet()) {
            DefaultPrivilege p = e.getValue();
            boolean schemaKept = p.schema() == null
                    || desired.schemas().stream().anyMatch(s -> s.name().equals(p.schema()));
            if (!managed.contains(p.grantee()) || !schemaKept) {
                continue; // dropping a schema drops its default privileges
            }
            List<Entry> from = now.getOrDefault(e.getKey(), List.of()).stream()
                    .map(d -> new Entry(d.granted(), d.grantable())).toList();
            List<Entry> to = wanted.getOrDefault(e.getKey(), List.of()).stream()
                    .map(d -> new Entry(d.granted(), d.grantable())).toList();
            GrantLevel.Step step = GrantLevel.between(from, to);
            if (step != null) {
                out.add(defaultPrivilegeChange(p, step));
            }
        }
    }

    private static Change privilegeChange(Privilege p, GrantLevel.Step step) {
        boolean grantable = step == GrantLevel.Step.GRANT_WITH_GRANT_OPTION;
        Privilege granted = new Privilege(p.on(), p.object(), p.schema(), p.column(), p.grantee(), p.privilege(),
                grantable, true);
        return switch (step) {
            case GRANT, GRANT_WITH_GRANT_OPTION -> new Change.GrantPrivilege(granted);
            case REVOKE -> new Change.RevokePrivilege(granted, false);
            case REVOKE_GRANT_OPTION -> new Change.RevokePrivilege(granted, true);
        };
    }

    private static Change defaultPrivilegeChange(DefaultPrivilege p, GrantLevel.Step step) {
        boolean grantable = step == GrantLevel.Step.GRANT_WITH_GRANT_OPTION;
        DefaultPrivilege granted = new DefaultPrivilege(p.role(), p.schema(), p.objects(), p.grantee(), p.privilege(),
                grantable, true);
        return switch (step) {
            case GRANT, GRANT_WITH_GRANT_OPTION -> new Change.GrantDefaultPrivilege(granted);
            case REVOKE -> new Change.RevokeDefaultPrivilege(granted, false);
            case REVOKE_GRANT_OPTION -> new Change.RevokeDefaultPrivilege(granted, true);
        };
    }

    private boolean isFresh(ObjectId object, String schema, String column) {
        return object == null ? fresh.schemas().contains(schema) : fresh.objects().contains(object)
                || column != null && fresh.columns().contains(new ColumnRef(object.name(), column));
    }

    /** Whether the object of a privilege is in the desired catalog (if not, the plan drops it). */
    private boolean exists(Privilege p) {
        if (privilegedObjects.contains(p.on() + "\0" + p.column())) {
            return true;
        }
        if (p.object() == null) {
            return desired.schemas().stream().anyMatch(s -> s.name().equals(p.schema()));
        }
        ObjectId o = p.object();
        return switch (o.kind()) {
            case TABLE -> desired.table(o.name())
                    .filter(t -> p.column() == null || t.column(p.column()).isPresent()).isPresent();
            case VIEW, MATERIALIZED_VIEW -> desired.view(o.name())
                    .filter(v -> p.column() == null || hasColumn(v, p.column())).isPresent();
            case SEQUENCE -> desired.sequence(o.name()).isPresent() || identitySequences.contains(o.name());
            case ROUTINE -> desired.routine(o.name(), o.argumentTypes()).isPresent();
            case ENUM -> desired.enumType(o.name()).isPresent();
            case DOMAIN -> desired.domain(o.name()).isPresent();
            case COMPOSITE_TYPE -> desired.compositeType(o.name()).isPresent();
            case RANGE_TYPE -> desired.rangeType(o.name()).isPresent();
            // kinds whose privileges the catalog does not read: treated as present, so nothing is revoked
            case AGGREGATE, OPERATOR, OPERATOR_FAMILY, OPERATOR_CLASS, CAST, TEXT_SEARCH_DICTIONARY,
                    TEXT_SEARCH_CONFIGURATION, CONVERSION, TEXT_SEARCH_TEMPLATE, TEXT_SEARCH_PARSER, INDEX -> true;
        };
    }

    private static boolean hasColumn(View view, String column) {
        return view.columns().stream().anyMatch(c -> c.name().equals(column));
    }

    private static List<Entry> entries(List<Privilege> privileges) {
        return privileges.stream().map(p -> new Entry(p.granted(), p.grantable())).toList();
    }

    private static String key(Privilege p) {
        return String.join("\u0000", p.on(), Objects.toString(p.column(), ""), p.grantee(), p.privilege());
    }

    private static String key(DefaultPrivilege p) {
        return String.join("\u0000", Objects.toString(p.role(), ""), Objects.toString(p.schema(), ""), p.objects(),
                p.grantee(), p.privilege());
    }

    private static <T> Map<String, List<T>> byKey(List<T> items, Function<T, String> key) {
        Map<String, List<T>> map = new TreeMap<>();
        items.forEach(i -> map.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i));
        return map;
    }

    /** What the changes create: each starts without grants, owned by the connecting role. */
    private record FreshObjects(Set<String> schemas, Set<ObjectId> objects, Set<ColumnRef> columns) {
        static FreshObjects of(List<Change> changes, Catalog desired) {
            FreshObjects fresh = new FreshObjects(new java.util.HashSet<>(), new java.util.HashSet<>(),
                    new java.util.HashSet<>());
            for (Change c : changes) {
                Change.identitySequencesCreated(c)
                        .forEach(q -> fresh.objects.add(ObjectId.of(ObjectKind.SEQUENCE, q)));
                if (c instanceof Change.CreateSchema s) {
                    fresh.schemas.add(s.schema().name());
                } else if (c instanceof Change.AddColumn a) {
                    fresh.columns.add(new ColumnRef(a.table(), a.column()));
                    // a column added to a table is added to its descendants too, without grants (property seed 9144)
                    desired.descendants(a.table()).forEach(t -> fresh.columns.add(new ColumnRef(t, a.column())));
                } else {
                    ObjectId created = created(c);
                    if (created != null) {
                        fresh.objects.add(created);
                    }
                }
            }
            return fresh;
        }

        private static ObjectId created(Change c) {
            if (c instanceof Change.CreateTable t) return ObjectId.of(ObjectKind.TABLE, t.table().name());
            if (c instanceof Change.CreateView v) {
                return ObjectId.of(v.view().materialized() ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW,
                        v.view().name());
            }
            if (c instanceof Change.CreateSequence s) return ObjectId.of(ObjectKind.SEQUENCE, s.sequence().name());
            if (c instanceof Change.CreateRoutine r) return ObjectId.of(r.routine());
            if (c instanceof Change.CreateEnum e) return ObjectId.of(ObjectKind.ENUM, e.type().name());
            if (c instanceof Change.RecreateEnum e) return ObjectId.of(ObjectKind.ENUM, e.to().name());
            if (c instanceof Change.RecreateRange r) return ObjectId.of(ObjectKind.RANGE_TYPE, r.to().name());
            if (c instanceof Change.CreateDomain d) return ObjectId.of(ObjectKind.DOMAIN, d.domain().name());
            if (c instanceof Change.CreateCompositeType t) {
                return ObjectId.of(ObjectKind.COMPOSITE_TYPE, t.type().name());
            }
            return null;
        }
    }
}
