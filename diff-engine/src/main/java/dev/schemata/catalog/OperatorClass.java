package dev.schemata.catalog;

import java.util.Comparator;
import java.util.Objects;

/**
 * An operator class ({@code CREATE OPERATOR CLASS}).
 *
 * @param name the schema-qualified name
 * @param method the index access method; with the name, the identity
 * @param definition the statement, put together from the catalogs, for example {@code CREATE OPERATOR CLASS
 *     app.money_ops DEFAULT FOR TYPE app.money USING btree FAMILY app.money_ops AS OPERATOR 1 app.<(app.money,
 *     app.money), FUNCTION 1 (app.money, app.money) app.cmp(app.money, app.money)}; operators in number order,
 *     then functions, then the storage type; runnable as it is
 * @param comment the comment, or null
 */
public record OperatorClass(QualifiedName name, String method, String definition, String comment) {
    /** Sorts classes by name, then access method. */
    public static final Comparator<OperatorClass> ORDER =
            Comparator.comparing(OperatorClass::name).thenComparing(OperatorClass::method);

    public OperatorClass {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(method, "method == null");
        Objects.requireNonNull(definition, "definition == null");
    }

    /** For example {@code app.money_ops USING btree}, as DROP and COMMENT name it. */
    public String sqlSignature() {
        return name.sql() + " USING " + Identifiers.quote(method);
    }
}
