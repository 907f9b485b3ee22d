package dev.schemata.diff;

import dev.schemata.catalog.Policy;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.TableProperties;
import dev.schemata.diff.CommentTarget.Kind;
import java.util.List;

/** Row level security: the table's switches and its policies. A changed policy is dropped and created. */
final class PolicyDiff {
    private PolicyDiff() {}

    /** The switches of a new table, when row level security is on. */
    static void created(Table table, List<Change> out) {
        TableProperties p = table.properties();
        if (p.rowSecurity() || p.forceRowSecurity()) {
            out.add(new Change.SetRowSecurity(table.name(), p.rowSecurity(), p.forceRowSecurity()));
        }
    }

    static void compareSwitches(Table from, Table to, List<Change> out) {
        TableProperties a = from.properties();
        TableProperties b = to.properties();
        if (a.rowSecurity() != b.rowSecurity() || a.forceRowSecurity() != b.forceRowSecurity()) {
            out.add(new Change.SetRowSecurity(to.name(), b.rowSecurity(), b.forceRowSecurity()));
        }
    }

    static void add(Policy p, List<Change> out) {
        out.add(new Change.CreatePolicy(p));
        Comments.added(target(p), p.comment(), out);
    }

    static void compare(Policy from, Policy to, List<Change> out) {
        if (!samePolicy(from, to)) {
            out.add(new Change.DropPolicy(from));
            add(to, out);
        } else {
            Comments.compare(target(to), from.comment(), to.comment(), out);
        }
    }

    static boolean samePolicy(Policy a, Policy b) {
        return a.permissive() == b.permissive() && a.command().equals(b.command()) && a.roles().equals(b.roles())
                && java.util.Objects.equals(a.using(), b.using())
                && java.util.Objects.equals(a.withCheck(), b.withCheck());
    }

    static CommentTarget target(Policy p) {
        return CommentTarget.member(Kind.POLICY, p.table(), p.name());
    }
}
