package dev.schemata.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An operator family ({@code CREATE OPERATOR FAMILY}), including the one {@code CREATE OPERATOR CLASS} makes
 * when it names none, with the members added to it apart from any class ({@code ALTER OPERATOR FAMILY ... ADD},
 * and the cross-type operators and functions of a class, which PostgreSQL files under the family).
 *
 * @param name the schema-qualified name
 * @param method the index access method, for example {@code btree}; with the name, the identity
 * @param members the loose members, sorted by {@link Member#key()}
 * @param comment the comment, or null
 */
public record OperatorFamily(QualifiedName name, String method, List<Member> members, String comment) {
    /** Sorts families by name, then access method. */
    public static final Comparator<OperatorFamily> ORDER =
            Comparator.comparing(OperatorFamily::name).thenComparing(OperatorFamily::method);

    public OperatorFamily {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(method, "method == null");
        members = members.stream().sorted(Comparator.comparing(Member::key)).toList();
    }

    /** For example {@code app.money_ops USING btree}, as DROP and COMMENT name it. */
    public String sqlSignature() {
        return name.sql() + " USING " + Identifiers.quote(method);
    }

    /**
     * One operator or support function of the family.
     *
     * @param key what {@code ALTER OPERATOR FAMILY ... DROP} says, for example {@code OPERATOR 1 (integer, bigint)}
     * @param definition what {@code ALTER OPERATOR FAMILY ... ADD} says, for example
     *     {@code OPERATOR 1 pg_catalog.<(integer,bigint)}
     */
    public record Member(String key, String definition) {
        public Member {
            Objects.requireNonNull(key, "key == null");
            Objects.requireNonNull(definition, "definition == null");
        }
    }
}
