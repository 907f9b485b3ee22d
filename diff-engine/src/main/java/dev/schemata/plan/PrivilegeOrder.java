package dev.schemata.plan;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.Privilege;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.diff.Change;
import java.util.Objects;

/**
 * Owners and grants come after the object (schema, column) they are on exists as desired; grants after the
 * owner is set, so that the new owner is their grantor; default privileges for one schema after the schema.
 * Default privileges otherwise come early (by rank, those on schemas before every schema), before the objects
 * that the plan creates.
 */
final class PrivilegeOrder {
    private PrivilegeOrder() {}

    static void link(StepGraph graph, StepIndex steps, Catalog desired) {
        for (Step step : steps.all()) {
            Change change = step.change();
            if (change instanceof Change.SetOwner c) {
                after(graph, step, steps, c.owner().object(), c.owner().schema(), null);
            } else if (change instanceof Change.GrantPrivilege c) {
                grant(graph, step, steps, c.privilege(), desired);
                afterTableRevoke(graph, step, steps, c.privilege());
            } else if (change instanceof Change.RevokePrivilege c) {
                grant(graph, step, steps, c.privilege(), desired);
            } else if (change instanceof Change.GrantDefaultPrivilege c && c.privilege().schema() != null) {
                after(graph, step, steps, null, c.privilege().schema(), null);
            } else if (change instanceof Change.RevokeDefaultPrivilege c && c.privilege().schema() != null) {
                after(graph, step, steps, null, c.privilege().schema(), null);
            } else if (change instanceof Change.GrantDefaultPrivilege c && c.privilege().objects().equals("SCHEMAS")
                    || change instanceof Change.RevokeDefaultPrivilege r && r.privilege().objects().equals("SCHEMAS")) {
                // before the schemas the plan creates, which start with them as every other new object does
                steps.ofKind(Change.CreateSchema.class).forEach(s -> graph.order(step, s));
            }
        }
    }

    private static void grant(StepGraph graph, Step step, StepIndex steps, Privilege p, Catalog desired) {
        after(graph, step, steps, p.object(), p.schema(), p.column());
        if (p.column() != null && p.object() != null) {
            // a column a table has from its parent comes with the parent's ADD COLUMN (property seed 9144)
            for (QualifiedName parent : desired.ancestors(p.object().name())) {
                after(graph, step, steps, ObjectId.of(p.object().kind(), parent), null, p.column());
            }
        }
        for (Step owner : steps.ofKind(Change.SetOwner.class)) {
            if (((Change.SetOwner) owner.change()).owner().on().equals(p.on())) {
                graph.order(owner, step);
            }
        }
    }

    /**
     * A column privilege is granted after the same privilege is revoked on its table, which revokes it on every
     * column too (PrivilegeDiff grants again those the desired catalog keeps).
     */
    private static void afterTableRevoke(StepGraph graph, Step step, StepIndex steps, Privilege column) {
        if (column.column() == null) {
            return;
        }
        for (Step s : steps.ofKind(Change.RevokePrivilege.class)) {
            Privilege table = ((Change.RevokePrivilege) s.change()).privilege();
            if (table.column() == null && table.on().equals(column.on()) && table.grantee().equals(column.grantee())
                    && table.privilege().equals(column.privilege())) {
                graph.order(s, step);
            }
        }
    }

    /** Orders the steps that create the object, or the schema when {@code object} is null, before the step. */
    private static void after(StepGraph graph, Step step, StepIndex steps, ObjectId object, String schema,
            String column) {
        for (Step s : steps.all()) {
            if (s != step && creates(s.change(), object, schema, column)) {
                graph.order(s, step);
            }
        }
    }

    private static boolean creates(Change change, ObjectId object, String schema, String column) {
        if (object == null) {
            return change instanceof Change.CreateSchema c && c.schema().name().equals(schema);
        }
        return ObjectGraph.creates(change, object)
                || object.kind() == ObjectKind.SEQUENCE
                        && Change.identitySequencesCreated(change).contains(object.name())
                || column != null && change instanceof Change.AddColumn a && a.table().equals(object.name())
                        && Objects.equals(a.column(), column);
    }
}
