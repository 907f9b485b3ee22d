package dev.schemata.catalog;

import java.util.Comparator;
import java.util.Objects;

/**
 * A user-defined cast ({@code CREATE CAST}). Casts belong to no schema: one is in scope when its source type,
 * its target type or its function is in a schema in scope (a cast between types of pg_catalog made
 * {@code WITHOUT FUNCTION} or {@code WITH INOUT} is therefore not managed).
 *
 * @param source the source type as {@code format_type} prints it with an empty search path
 * @param target the target type, printed the same way; with the source, the identity
 * @param definition the statement, for example
 *     {@code CREATE CAST (text AS app.money) WITH FUNCTION app.to_money(text) AS ASSIGNMENT}; runnable as it is
 * @param comment the comment, or null
 */
public record Cast(String source, String target, String definition, String comment) {
    /** Sorts casts by source, then target type. */
    public static final Comparator<Cast> ORDER = Comparator.comparing(Cast::source).thenComparing(Cast::target);

    public Cast {
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(target, "target == null");
        Objects.requireNonNull(definition, "definition == null");
    }

    /** The cast as DROP and COMMENT name it, for example {@code (text AS app.money)}. */
    public String sqlSignature() {
        return "(" + source + " AS " + target + ")";
    }
}
