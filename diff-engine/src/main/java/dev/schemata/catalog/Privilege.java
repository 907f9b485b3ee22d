package dev.schemata.catalog;

import java.util.Comparator;
import java.util.Objects;

/**
 * One privilege on one object that differs from PostgreSQL's default for that kind of object
 * ({@code acldefault}): granted beyond it, or a default one revoked (for example {@code REVOKE EXECUTE ON
 * FUNCTION ... FROM PUBLIC}). The owner's own privileges and who granted a privilege are not part of the
 * model: they name roles that differ between a shadow database and a target.
 *
 * @param on the object as {@code GRANT ... ON} takes it, each name quoted where needed: {@code SCHEMA app},
 *     {@code TABLE app.item} (also for views and materialized views), {@code SEQUENCE app.counter},
 *     {@code ROUTINE app.add(a integer, b integer)}, {@code TYPE app.mood} or {@code DOMAIN app.price}
 * @param object the object as a dependency names it, or null for a schema
 * @param schema the object's schema, or the schema itself
 * @param column the column of a column privilege ({@code GRANT UPDATE (column) ON TABLE ...}), or null
 * @param grantee the role name (unquoted), or {@code PUBLIC}
 * @param privilege the privilege as SQL names it: {@code SELECT}, {@code INSERT}, {@code UPDATE}, {@code DELETE},
 *     {@code TRUNCATE}, {@code REFERENCES}, {@code TRIGGER}, {@code MAINTAIN}, {@code USAGE}, {@code CREATE},
 *     {@code EXECUTE}
 * @param grantable whether it is held WITH GRANT OPTION
 * @param granted true when granted beyond the default; false when a default privilege was revoked
 */
public record Privilege(
        String on,
        ObjectId object,
        String schema,
        String column,
        String grantee,
        String privilege,
        boolean grantable,
        boolean granted) {

    /**
     * Sorts by object, column (table privileges first), grantee, privilege, then revoked before granted and
     * without before with grant option (a default held without grant option that is now held with it is one of
     * each), so that the order is total.
     */
    public static final Comparator<Privilege> ORDER = Comparator.comparing(Privilege::on)
            .thenComparing(Privilege::column, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Privilege::grantee)
            .thenComparing(Privilege::privilege)
            .thenComparing(Privilege::granted)
            .thenComparing(Privilege::grantable);

    public Privilege {
        Objects.requireNonNull(on, "on == null");
        Objects.requireNonNull(schema, "schema == null");
        Objects.requireNonNull(grantee, "grantee == null");
        Objects.requireNonNull(privilege, "privilege == null");
    }
}
