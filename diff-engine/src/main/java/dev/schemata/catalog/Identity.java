package dev.schemata.catalog;

import java.util.Objects;

/**
 * An identity column: how it generates values and the options of its implicit sequence.
 *
 * @param sequence the name PostgreSQL gave the implicit sequence when it was read from a database, else null. It
 *     is not part of the identity's equality: PostgreSQL makes the name up ({@code orders_id_seq}, or
 *     {@code orders_id_seq1} beside a namesake), so two databases alike in all else may differ in it. It is
 *     what a {@code GRANT ... ON SEQUENCE} for the identity names.
 */
public record Identity(Generation generation, SequenceOptions options, QualifiedName sequence) {
    public enum Generation {
        ALWAYS,
        BY_DEFAULT;

        public String sql() {
            return this == ALWAYS ? "ALWAYS" : "BY DEFAULT";
        }
    }

    /** An identity whose sequence's name is not known (not read from a database). */
    public Identity(Generation generation, SequenceOptions options) {
        this(generation, options, null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Identity i && generation == i.generation && Objects.equals(options, i.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(generation, options);
    }
}
