package dev.schemata.codegen;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out names within one scope; a name already taken gets the first free numeric suffix, so the
 * outcome depends only on the order of the claims (callers claim in catalog order).
 */
final class UniqueNames {
    private final Set<String> taken = new HashSet<>();
    private final boolean ignoreCase;
    private final String separator;

    private UniqueNames(boolean ignoreCase, String separator) {
        this.ignoreCase = ignoreCase;
        this.separator = separator;
    }

    /** For class names: {@code Order} and {@code ORDER} would collide on a case-insensitive file system. */
    static UniqueNames forClasses() {
        return new UniqueNames(true, "");
    }

    static UniqueNames forMembers() {
        return new UniqueNames(false, "");
    }

    static UniqueNames forConstants() {
        return new UniqueNames(false, "_");
    }

    /** The first of the candidates that is still free, claimed; else the last one with a suffix. */
    String claimFirstFree(String... candidates) {
        for (String candidate : candidates) {
            if (!taken.contains(key(candidate))) {
                return claim(candidate);
            }
        }
        return claim(candidates[candidates.length - 1]);
    }

    String claim(String candidate) {
        String name = candidate;
        for (int n = 2; !taken.add(key(name)); n++) {
            name = candidate + separator + n;
        }
        return name;
    }

    private String key(String name) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }
}
