package dev.schemata.catalog;

import java.util.List;

/**
 * The referenced side of a foreign key.
 *
 * @param onUpdate the action as SQL words: {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE},
 *     {@code SET NULL} or {@code SET DEFAULT}
 * @param match {@code SIMPLE}, {@code FULL} or {@code PARTIAL}
 */
public record ForeignKey(
        QualifiedName referencedTable, List<String> referencedColumns, String onUpdate, String onDelete, String match) {

    public ForeignKey {
        referencedColumns = List.copyOf(referencedColumns);
    }
}
