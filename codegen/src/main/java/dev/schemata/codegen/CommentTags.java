package dev.schemata.codegen;

import dev.schemata.catalog.Column;
import dev.schemata.catalog.EnumType;
import dev.schemata.catalog.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The tags in a {@code COMMENT ON} text that steer generation, and the text left for the Javadoc. A tag is a
 * line whose first non-blank character is {@code @}, followed by the tag name and, for some tags, a value
 * (the rest of the line):
 * <ul>
 * <li>{@code @name X}: the Java name of the class (table, enum type) or field (column)
 * <li>{@code @omit}: no class for the table, no field for the column (not a key column)
 * <li>{@code @javaType com.acme.Money}: the field's type, a fully qualified class name (column only)
 * <li>{@code @json com.acme.Address}: a json/jsonb column held as that class, a fully qualified class name;
 *     with Hibernate it binds as JSON (column only)
 * <li>{@code @jpa @jakarta.persistence.Lob}: an annotation added as written, with JPA on
 *     (table or column; may repeat)
 * <li>{@code @validate @jakarta.validation.constraints.Email}: the same, with validation on
 * </ul>
 * An {@code @} inside a line is text. Any other tag, or one the object cannot have, is an error naming
 * the object and the tags it may have.
 *
 * @param text the comment without tag lines, or null when nothing is left
 * @param name the {@code @name} value, or null
 * @param omit whether {@code @omit} is present
 * @param javaType the {@code @javaType} value, or null
 * @param json the {@code @json} value, or null
 * @param jpa the {@code @jpa} annotations, in order
 * @param validate the {@code @validate} annotations, in order
 */
record CommentTags(String text, String name, boolean omit, String javaType, String json, List<String> jpa, List<String> validate) {
    static final CommentTags NONE = new CommentTags(null, null, false, null, null, List.of(), List.of());

    private static final List<String> TABLE_TAGS = List.of("name", "omit", "jpa", "validate");
    private static final List<String> COLUMN_TAGS = List.of("name", "omit", "javaType", "json", "jpa", "validate");
    private static final List<String> ENUM_TAGS = List.of("name");

    CommentTags {
        jpa = List.copyOf(jpa);
        validate = List.copyOf(validate);
    }

    static CommentTags of(Table table) {
        return parse(table.comment(), TABLE_TAGS, () -> "table " + table.name().sql());
    }

    static CommentTags of(Table table, Column column) {
        return parse(column.comment(), COLUMN_TAGS, () -> "column " + table.name().sql() + "." + column.name());
    }

    static CommentTags of(EnumType enumType) {
        return parse(enumType.comment(), ENUM_TAGS, () -> "type " + enumType.name().sql());
    }

    /** @param object names the object in errors; only asked for when the comment has tags, as most have none */
    static CommentTags parse(String comment, List<String> allowed, Supplier<String> object) {
        if (comment == null || !comment.contains("@")) {
            return comment == null || comment.isBlank() ? NONE : NONE.withText(comment);
        }
        TagReader reader = new TagReader(allowed, object.get());
        List<String> text = new ArrayList<>();
        for (String line : comment.replace("\r\n", "\n").split("\n", -1)) {
            if (line.strip().matches("@\\p{L}.*")) {
                reader.read(line.strip());
            } else {
                text.add(line);
            }
        }
        String remaining = String.join("\n", text).strip();
        return reader.tags(remaining.isEmpty() ? null : remaining);
    }

    private CommentTags withText(String value) {
        return new CommentTags(value, name, omit, javaType, json, jpa, validate);
    }

    /** Collects the tags of one comment, checking each as it comes. */
    private static final class TagReader {
        private final List<String> allowed;
        private final String object;
        private final Set<String> seen = new java.util.HashSet<>();
        private String name;
        private boolean omit;
        private String javaType;
        private String json;
        private final List<String> jpa = new ArrayList<>();
        private final List<String> validate = new ArrayList<>();

        TagReader(List<String> allowed, String object) {
            this.allowed = allowed;
            this.object = object;
        }

        void read(String line) {
            int space = line.indexOf(' ');
            String tag = space < 0 ? line.substring(1) : line.substring(1, space);
            String value = space < 0 ? "" : line.substring(space + 1).strip();
            if (!allowed.contains(tag)) {
                throw error("unknown tag @" + tag, "the tags a " + object.substring(0, object.indexOf(' '))
                        + " may have are " + allowed.stream().map(t -> "@" + t).collect(Collectors.joining(", ")));
            }
            if (!seen.add(tag) && !tag.equals("jpa") && !tag.equals("validate")) {
                throw error("@" + tag + " given twice", "keep one");
            }
            switch (tag) {
                case "omit" -> omit = noValue(tag, value);
                case "name" -> name = identifier(value);
                case "javaType" -> javaType = JavaTypes.checked(value, "@javaType of " + object).toString();
                case "json" -> json = JavaTypes.checked(value, "@json of " + object).toString();
                case "jpa" -> jpa.add(AnnotationSource.checked(value, "@jpa of " + object));
                default -> validate.add(AnnotationSource.checked(value, "@validate of " + object));
            }
        }

        CommentTags tags(String text) {
            if (javaType != null && json != null) {
                throw error("@javaType and @json both given", "keep @json for a JSON value, @javaType for any other");
            }
            return new CommentTags(text, name, omit, javaType, json, jpa, validate);
        }

        private boolean noValue(String tag, String value) {
            if (!value.isEmpty()) {
                throw error("@" + tag + " takes no value, but has '" + value + "'", "write @" + tag + " alone");
            }
            return true;
        }

        private String identifier(String value) {
            if (!JavaNames.isPackageName(value) || value.contains(".")) {
                throw error("@name '" + value + "' is not a Java identifier",
                        "give a name of letters, digits and _ that is not a Java keyword, for example @name Customer");
            }
            return value;
        }

        private IllegalArgumentException error(String problem, String fix) {
            return new IllegalArgumentException("Comment on " + object + ": " + problem + "; " + fix + ".");
        }
    }
}
