package dev.schemata.catalog;

import java.util.Objects;

/**
 * A collation made by {@code CREATE COLLATION}, with the options it takes.
 *
 * @param name the schema-qualified name: its identity
 * @param provider {@code libc}, {@code icu} or {@code builtin}
 * @param locale the ICU or builtin locale ({@code locale =}), or null for libc
 * @param lcCollate {@code lc_collate} of a libc collation, or null
 * @param lcCtype {@code lc_ctype} of a libc collation, or null
 * @param deterministic false for {@code deterministic = false}
 * @param rules the ICU tailoring rules ({@code rules =}, PostgreSQL 16 on), or null
 * @param comment the comment, or null
 */
public record Collation(
        QualifiedName name,
        String provider,
        String locale,
        String lcCollate,
        String lcCtype,
        boolean deterministic,
        String rules,
        String comment) {

    public Collation {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(provider, "provider == null");
    }
}
