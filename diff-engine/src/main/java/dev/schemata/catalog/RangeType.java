package dev.schemata.catalog;

import java.util.Objects;

/**
 * A range type ({@code CREATE TYPE ... AS RANGE}).
 *
 * @param name the schema-qualified name: its identity
 * @param subtype the element type as {@code format_type} prints it
 * @param definition a {@code CREATE TYPE name AS RANGE (...)} statement put together from {@code pg_range}:
 *     {@code SUBTYPE} and {@code SUBTYPE_OPCLASS} always, {@code COLLATION} when it differs from the subtype's,
 *     {@code CANONICAL} and {@code SUBTYPE_DIFF} when set, {@code MULTIRANGE_TYPE_NAME} from PostgreSQL 14 on;
 *     runnable as it is
 * @param comment the comment, or null
 */
public record RangeType(QualifiedName name, String subtype, String definition, String comment) {
    public RangeType {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(subtype, "subtype == null");
        Objects.requireNonNull(definition, "definition == null");
    }
}
