package dev.schemata.codegen;

import dev.schemata.catalog.Column;
import dev.schemata.catalog.Sequence;

/**
 * One column as a member of a generated entity.
 *
 * @param column the column it maps
 * @param name the Java field (or record component) name, unique within the entity
 * @param type its Java type and the size facts of the SQL type
 * @param id whether the column belongs to the primary key
 * @param generatedValue whether the database generates the key: an identity or a serial column
 * @param writtenByAssociation whether a {@code @ManyToOne} writes the column, so this field must not
 * @param checks what the table's CHECK constraints say about the column
 * @param version whether the column is the entity's optimistic-locking version
 * @param tags the tags of the column comment
 * @param sequence the standalone sequence the column's default draws from ({@code nextval} of a sequence
 *     the column does not own), or null
 */
record EntityField(Column column, String name, ColumnType type, boolean id, boolean generatedValue,
        boolean writtenByAssociation, ColumnChecks checks, boolean version, CommentTags tags, Sequence sequence,
        String domain) {

    EntityField withWrittenByAssociation(boolean value) {
        return new EntityField(column, name, type, id, generatedValue, value, checks, version, tags, sequence, domain);
    }

    /** Whether the database (or, for a version, the JPA provider) fills the column: null is fine on insert. */
    boolean databaseFills() {
        return column.hasGeneratedValue() || version;
    }

    /** The Javadoc of the member: the column comment and a note on an unmapped type or a literal; empty when neither. */
    String javadoc() {
        StringBuilder doc = new StringBuilder();
        if (tags.text() != null) {
            doc.append(Javadoc.escape(tags.text()));
        }
        if (type.unmapped() != null) {
            doc.append(doc.length() > 0 ? "\n" : "").append(Javadoc.unmapped(type.unmapped()));
        }
        if (type.literalOf() != null) {
            doc.append(doc.length() > 0 ? "\n" : "").append(Javadoc.literal(type.literalOf()));
        }
        return doc.toString();
    }
}
