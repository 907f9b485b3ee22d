package dev.schemata.catalog;

import java.util.List;

/** Generic options ({@code key=value}, as PostgreSQL keeps them) of foreign objects. */
public final class Options {
    private Options() {}

    static List<String> sorted(List<String> options) {
        return options == null ? List.of() : options.stream().sorted().toList();
    }

    /** The key of {@code key=value}. */
    public static String key(String option) {
        int at = option.indexOf('=');
        return at < 0 ? option : option.substring(0, at);
    }

    /** The value of {@code key=value}. */
    public static String value(String option) {
        int at = option.indexOf('=');
        return at < 0 ? "" : option.substring(at + 1);
    }
}
