package dev.schemata.catalog;

/**
 * A sequence that is not the implicit sequence of an identity column.
 *
 * @param ownedBy the column that owns it ({@code serial} columns and {@code OWNED BY}), or null
 */
public record Sequence(QualifiedName name, SequenceOptions options, ColumnRef ownedBy, String comment) {}
