package dev.schemata.diff;

import java.util.Objects;

/**
 * A {@code -- @renamed from=old} annotation of a schema file: the object it stands on was called {@code from}
 * on databases not yet changed, so the plan renames it instead of dropping it and creating a new one.
 *
 * @param kind what kind of object the annotation stands on
 * @param schema the schema written with the object's name, or null when the name is unqualified (then the
 *     schema the object is declared in is found in the desired catalog)
 * @param owner for a column, constraint or index: its table; for an enum value: its type; else null
 * @param name the object's name as declared (for an enum value: the label)
 * @param from the old name (for an enum value: the old label)
 * @param where {@code file:line} of the annotation, for messages
 * @param annotation the annotation as written, for messages
 */
public record RenameHint(Kind kind, String schema, String owner, String name, String from, String where,
        String annotation) {

    /** The kinds of object an annotation can rename. */
    public enum Kind {
        TABLE, COLUMN, CONSTRAINT, INDEX, ENUM, DOMAIN, COMPOSITE_TYPE, ENUM_VALUE;

        /** Whether the object lives inside a table or type ({@link RenameHint#owner()} is set). */
        public boolean isMember() {
            return this == COLUMN || this == CONSTRAINT || this == INDEX || this == ENUM_VALUE;
        }

        /** The kind as words, for example {@code enum value}. */
        public String words() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    public RenameHint {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(where, "where == null");
        if (kind.isMember() != (owner != null)) {
            throw new IllegalArgumentException("owner must be given for a column, constraint, index or enum value"
                    + " and only for those: " + kind + " " + owner);
        }
    }
}
