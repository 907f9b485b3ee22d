package dev.schemata.catalog;

import java.util.Comparator;
import java.util.Objects;

/**
 * An operator family ({@code CREATE OPERATOR FAMILY}), including the one {@code CREATE OPERATOR CLASS} makes
 * when it names none. Members added with {@code ALTER OPERATOR FAMILY ... ADD} are not managed.
 *
 * @param name the schema-qualified name
 * @param method the index access method, for example {@code btree}; with the name, the identity
 * @param comment the comment, or null
 */
public record OperatorFamily(QualifiedName name, String method, String comment) {
    /** Sorts families by name, then access method. */
    public static final Comparator<OperatorFamily> ORDER =
            Comparator.comparing(OperatorFamily::name).thenComparing(OperatorFamily::method);

    public OperatorFamily {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(method, "method == null");
    }

    /** For example {@code app.money_ops USING btree}, as DROP and COMMENT name it. */
    public String sqlSignature() {
        return name.sql() + " USING " + Identifiers.quote(method);
    }
}
