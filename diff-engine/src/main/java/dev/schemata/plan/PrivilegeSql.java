package dev.schemata.plan;

import static dev.schemata.catalog.Identifiers.quote;

import dev.schemata.catalog.DefaultPrivilege;
import dev.schemata.catalog.Privilege;
import dev.schemata.diff.Change;

/** GRANT, REVOKE, ALTER DEFAULT PRIVILEGES and ALTER ... OWNER TO. */
final class PrivilegeSql {
    private PrivilegeSql() {}

    /** The statement of a privilege or owner change, or null for another change. */
    static String of(Change change) {
        if (change instanceof Change.GrantPrivilege c) {
            Privilege p = c.privilege();
            return "GRANT " + what(p) + " ON " + p.on() + " TO " + role(p.grantee()) + withGrantOption(p.grantable());
        }
        if (change instanceof Change.RevokePrivilege c) {
            Privilege p = c.privilege();
            return "REVOKE " + grantOptionFor(c.grantOptionOnly()) + what(p) + " ON " + p.on() + " FROM "
                    + role(p.grantee());
        }
        if (change instanceof Change.GrantDefaultPrivilege c) {
            DefaultPrivilege p = c.privilege();
            return alterDefaults(p) + "GRANT " + p.privilege() + " ON " + p.objects() + " TO " + role(p.grantee())
                    + withGrantOption(p.grantable());
        }
        if (change instanceof Change.RevokeDefaultPrivilege c) {
            DefaultPrivilege p = c.privilege();
            return alterDefaults(p) + "REVOKE " + grantOptionFor(c.grantOptionOnly()) + p.privilege() + " ON "
                    + p.objects() + " FROM " + role(p.grantee());
        }
        if (change instanceof Change.SetOwner c) {
            return "ALTER " + c.owner().on() + " OWNER TO " + quote(c.owner().owner());
        }
        return null;
    }

    /** For a hazard message: the privilege, its column if any, and what it is on. */
    static String describe(Privilege p) {
        return what(p) + " on " + p.on();
    }

    /** For a hazard message: the default privilege and the objects it applies to. */
    static String describe(DefaultPrivilege p) {
        return p.privilege() + " on " + p.objects().toLowerCase(java.util.Locale.ROOT)
                + (p.role() == null ? "" : " of " + p.role())
                + (p.schema() == null ? "" : " in schema " + p.schema());
    }

    private static String what(Privilege p) {
        return p.privilege() + (p.column() == null ? "" : " (" + quote(p.column()) + ")");
    }

    private static String alterDefaults(DefaultPrivilege p) {
        return "ALTER DEFAULT PRIVILEGES " + (p.role() == null ? "" : "FOR ROLE " + quote(p.role()) + " ")
                + (p.schema() == null ? "" : "IN SCHEMA " + quote(p.schema()) + " ");
    }

    static String role(String name) {
        return name.equals("PUBLIC") ? "PUBLIC" : quote(name);
    }

    private static String withGrantOption(boolean grantable) {
        return grantable ? " WITH GRANT OPTION" : "";
    }

    private static String grantOptionFor(boolean only) {
        return only ? "GRANT OPTION FOR " : "";
    }
}
