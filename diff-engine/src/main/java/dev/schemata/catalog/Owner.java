package dev.schemata.catalog;

import java.util.Comparator;
import java.util.Objects;

/**
 * Who owns one schema or one object in it. Owners are read but left out of the canonical text: a shadow
 * database and a target are owned by different roles. They are compared only for managed roles.
 *
 * @param on the object as {@code ALTER ... OWNER TO} takes it, each name quoted where needed: {@code SCHEMA app},
 *     {@code TABLE app.item}, {@code VIEW app.v}, {@code MATERIALIZED VIEW app.m}, {@code SEQUENCE app.counter},
 *     {@code ROUTINE app.add(a integer, b integer)}, {@code TYPE app.mood} or {@code DOMAIN app.price}
 * @param object the object as a dependency names it, or null for a schema
 * @param schema the object's schema, or the schema itself
 * @param owner the owning role's name (unquoted)
 */
public record Owner(String on, ObjectId object, String schema, String owner) {
    public static final Comparator<Owner> ORDER = Comparator.comparing(Owner::on);

    public Owner {
        Objects.requireNonNull(on, "on == null");
        Objects.requireNonNull(schema, "schema == null");
        Objects.requireNonNull(owner, "owner == null");
    }
}
