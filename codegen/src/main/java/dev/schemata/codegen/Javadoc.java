package dev.schemata.codegen;

import java.util.regex.Pattern;

/**
 * Makes database comments safe inside a Javadoc comment: they must neither end the comment ({@code *}{@code /}),
 * start a block tag ({@code @param} at a line start), form a Unicode escape (the compiler reads
 * {@code \}{@code u} even in comments) nor be read as HTML.
 */
final class Javadoc {
    private static final Pattern RANGE = Pattern.compile(
            "(int4|int8|num|ts|tstz|date)(multi)?range(\\[])*");
    private Javadoc() {}

    static String escape(String text) {
        return text.strip()
                .replace("\r\n", "\n")
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;")
                .replace("@", "&#64;")
                .replace("\\u", "&#92;u");
    }

    /** The line documenting a column held as the text form of its PostgreSQL type. */
    static String literal(String sqlType) {
        return escape("The " + sqlType + " value as PostgreSQL writes it, for example [1,10) or empty.");
    }

    /** The line documenting a column whose PostgreSQL type has no Java counterpart. */
    static String unmapped(String sqlType) {
        if (RANGE.matcher(sqlType).matches() && !sqlType.endsWith("[]")) {
            return escape("PostgreSQL range type " + sqlType + " has no standard Java mapping; with hibernate=true it is held as its text form.");
        }
        return escape("PostgreSQL type " + sqlType + " has no standard Java mapping.");
    }
}
