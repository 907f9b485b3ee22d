package dev.schemata.plan;

import static dev.schemata.catalog.Identifiers.quote;

import dev.schemata.catalog.Policy;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.CreatePolicy;
import dev.schemata.diff.Change.DropPolicy;
import dev.schemata.diff.Change.SetRowSecurity;
import java.util.stream.Collectors;

/** The SQL of row level security changes. */
final class PolicySql {
    private PolicySql() {}

    static String of(Change change) {
        if (change instanceof CreatePolicy c) return create(c.policy());
        if (change instanceof DropPolicy c) {
            return "DROP POLICY " + quote(c.policy().name()) + " ON " + c.policy().table().sql();
        }
        if (change instanceof SetRowSecurity c) {
            return "ALTER TABLE " + c.table().sql() + " " + (c.enabled() ? "ENABLE" : "DISABLE")
                    + " ROW LEVEL SECURITY, " + (c.forced() ? "FORCE" : "NO FORCE") + " ROW LEVEL SECURITY";
        }
        throw new IllegalArgumentException("no policy SQL for " + change);
    }

    private static String create(Policy p) {
        StringBuilder sql = new StringBuilder("CREATE POLICY ").append(quote(p.name())).append(" ON ")
                .append(p.table().sql());
        if (!p.permissive()) {
            sql.append(" AS RESTRICTIVE");
        }
        sql.append(" FOR ").append(p.command());
        if (!p.roles().isEmpty()) sql.append(" TO ").append(p.roles().stream().map(r -> r.equals("PUBLIC") ? r : quote(r))
                .collect(Collectors.joining(", ")));
        if (p.using() != null) {
            sql.append(" USING (").append(p.using()).append(')');
        }
        if (p.withCheck() != null) {
            sql.append(" WITH CHECK (").append(p.withCheck()).append(')');
        }
        return sql.toString();
    }
}
