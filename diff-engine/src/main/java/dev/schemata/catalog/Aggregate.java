package dev.schemata.catalog;

import java.util.Comparator;
import java.util.Objects;

/**
 * A user-defined aggregate.
 *
 * @param name the schema-qualified name; overloads share it
 * @param argumentTypes the input argument types as {@code oidvectortypes(proargtypes)} prints them; with the
 *     name, the identity (empty for an aggregate over {@code *})
 * @param identityArguments the arguments as {@code pg_get_function_identity_arguments} prints them
 * @param definition a {@code CREATE AGGREGATE} statement put together from {@code pg_aggregate}, functions
 *     schema-qualified unless in pg_catalog, options at their default left out, for example
 *     {@code CREATE AGGREGATE app.total(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0')};
 *     runnable as it is
 * @param comment the comment, or null
 */
public record Aggregate(
        QualifiedName name, String argumentTypes, String identityArguments, String definition, String comment) {

    /** Sorts aggregates by name, then argument types. */
    public static final Comparator<Aggregate> ORDER =
            Comparator.comparing(Aggregate::name).thenComparing(Aggregate::argumentTypes);

    public Aggregate {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(argumentTypes, "argumentTypes == null");
        Objects.requireNonNull(identityArguments, "identityArguments == null");
        Objects.requireNonNull(definition, "definition == null");
    }

    /** The identity as text, for example {@code app.total(integer)}. */
    public String signature() {
        return name + "(" + argumentTypes + ")";
    }

    /** The aggregate as DROP, ALTER and COMMENT name it, for example {@code app.total(integer)} or {@code app.n(*)}. */
    public String sqlSignature() {
        return name.sql() + "(" + (identityArguments.isEmpty() ? "*" : identityArguments) + ")";
    }
}
