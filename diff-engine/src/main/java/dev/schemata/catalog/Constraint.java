package dev.schemata.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A table constraint.
 *
 * @param name the constraint name, unique within its table
 * @param kind what it constrains
 * @param definition the definition exactly as {@code pg_get_constraintdef} prints it,
 *     for example {@code FOREIGN KEY (customer_id) REFERENCES public.customer(id) ON DELETE CASCADE}
 * @param columns the constrained columns in key order (empty for a check on an expression)
 * @param foreignKey the referenced side of a foreign key, or null for other kinds
 * @param checkExpression the boolean expression of a check, without the {@code CHECK} keyword, or null
 * @param deferrable whether the constraint is DEFERRABLE
 * @param initiallyDeferred whether it is INITIALLY DEFERRED
 * @param validated false for a constraint added NOT VALID and not validated since
 * @param comment the constraint comment, or null
 */
public record Constraint(
        String name,
        ConstraintKind kind,
        String definition,
        List<String> columns,
        ForeignKey foreignKey,
        String checkExpression,
        boolean deferrable,
        boolean initiallyDeferred,
        boolean validated,
        String comment) {

    public Constraint {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(definition, "definition == null");
        columns = List.copyOf(columns);
    }
}
