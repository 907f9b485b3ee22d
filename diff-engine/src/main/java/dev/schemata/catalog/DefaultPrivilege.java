package dev.schemata.catalog;

import java.util.Comparator;
import java.util.Objects;

/**
 * One default privilege ({@code ALTER DEFAULT PRIVILEGES}) that differs from PostgreSQL's built-in default:
 * what objects a role creates later are granted. Like {@link Privilege}, either granted beyond the built-in
 * default or a built-in one revoked ({@code REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC}); the creating role's own
 * privileges are left out.
 *
 * @param role the role whose new objects get the privilege ({@code FOR ROLE}), or null for the role that read
 *     the catalog (the one Schemata connects as): a shadow database and a target are read by different roles
 * @param schema the schema the default is limited to ({@code IN SCHEMA}), or null for every schema
 * @param objects what {@code ON} takes: {@code TABLES}, {@code SEQUENCES}, {@code FUNCTIONS}, {@code TYPES} or
 *     {@code SCHEMAS}
 * @param grantee the role name (unquoted), or {@code PUBLIC}
 * @param privilege the privilege as SQL names it, for example {@code SELECT}
 * @param grantable whether it is given WITH GRANT OPTION
 * @param granted true when granted beyond the built-in default; false when a built-in one was revoked
 */
public record DefaultPrivilege(
        String role,
        String schema,
        String objects,
        String grantee,
        String privilege,
        boolean grantable,
        boolean granted) {

    /** Sorts by role (the connecting one first), schema (every schema first), objects, grantee, privilege. */
    public static final Comparator<DefaultPrivilege> ORDER = Comparator
            .comparing(DefaultPrivilege::role, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DefaultPrivilege::schema, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DefaultPrivilege::objects)
            .thenComparing(DefaultPrivilege::grantee)
            .thenComparing(DefaultPrivilege::privilege)
            .thenComparing(DefaultPrivilege::granted)
            .thenComparing(DefaultPrivilege::grantable);

    public DefaultPrivilege {
        Objects.requireNonNull(objects, "objects == null");
        Objects.requireNonNull(grantee, "grantee == null");
        Objects.requireNonNull(privilege, "privilege == null");
    }
}
