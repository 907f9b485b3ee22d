package dev.schemata.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A domain: a base type with a default, NOT NULL and CHECK constraints.
 *
 * @param name the schema-qualified name: its identity
 * @param baseType the base type as {@code format_type} prints it, for example {@code numeric(10,2)}
 * @param defaultExpression the default as {@code pg_get_expr} prints it, or null
 * @param notNull whether the domain is NOT NULL
 * @param collation the collation when it differs from the base type's, written as after {@code COLLATE}
 *     ({@code "C"}, {@code app."Exact"}), or null
 * @param constraints the CHECK constraints, sorted by name
 * @param comment the comment, or null
 */
public record Domain(
        QualifiedName name,
        String baseType,
        String defaultExpression,
        boolean notNull,
        String collation,
        List<DomainConstraint> constraints,
        String comment) {

    public Domain {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(baseType, "baseType == null");
        constraints = List.copyOf(constraints);
    }

    public Optional<DomainConstraint> constraint(String constraintName) {
        return constraints.stream().filter(c -> c.name().equals(constraintName)).findFirst();
    }
}
