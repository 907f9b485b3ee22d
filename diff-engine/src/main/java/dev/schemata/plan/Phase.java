package dev.schemata.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One half of an expand/contract deployment. Expand runs before the new application code is deployed and
 * holds only changes the old code survives (new objects, new nullable columns, widenings, defaults);
 * contract runs after, with the rest (drops, narrowings, new constraints, NOT NULL).
 */
public enum Phase {
    EXPAND,
    CONTRACT;

    /** A phase from its name in any case, for example {@code expand}. */
    public static Phase parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown phase '" + name + "': use one of "
                    + Arrays.stream(values()).map(p -> p.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))
                    + ", or leave it unset to plan every change", e);
        }
    }

    String lowerCase() {
        return name().toLowerCase(Locale.ROOT);
    }
}
