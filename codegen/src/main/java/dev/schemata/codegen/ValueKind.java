package dev.schemata.codegen;

import java.util.regex.Pattern;

/**
 * What a column holds, as far as CHECK constraints can be translated for it. Only types whose Java values
 * compare exactly like PostgreSQL's qualify: citext compares ignoring case and {@code character(n)} pads
 * with blanks, so their checks are not translated.
 */
enum ValueKind {
    /** smallint, integer, bigint: {@code @Min}/{@code @Max}. */
    INTEGER,
    /** numeric: {@code @DecimalMin}/{@code @DecimalMax}. */
    DECIMAL,
    /** text, character varying: {@code @Size}, {@code @Pattern}. */
    TEXT,
    /** Anything else, including a column whose Java type was overridden. */
    OTHER;

    private static final Pattern MODIFIERS = Pattern.compile("\\(.*\\)");

    static ValueKind of(String sqlType, boolean javaTypeOverridden) {
        if (javaTypeOverridden) {
            return OTHER;
        }
        return switch (MODIFIERS.matcher(sqlType.strip()).replaceAll("")) {
            case "smallint", "integer", "bigint" -> INTEGER;
            case "numeric" -> DECIMAL;
            case "text", "character varying" -> TEXT;
            default -> OTHER;
        };
    }
}
