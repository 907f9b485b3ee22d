package dev.schemata.catalog;

import java.util.Objects;

/**
 * A CHECK constraint of a domain.
 *
 * @param name the constraint name, unique within its domain
 * @param definition as {@code pg_get_constraintdef} prints it, for example {@code CHECK ((VALUE > 0))},
 *     with {@code NOT VALID} at the end when it was added so: what {@code ALTER DOMAIN ... ADD CONSTRAINT name}
 *     takes
 * @param validated false for a constraint added NOT VALID and not validated since
 * @param comment the comment, or null
 */
public record DomainConstraint(String name, String definition, boolean validated, String comment) {
    public DomainConstraint {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(definition, "definition == null");
    }
}
