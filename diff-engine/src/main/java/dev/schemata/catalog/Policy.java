package dev.schemata.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A row level security policy. Whether a table enforces its policies is in {@link TableProperties}.
 *
 * @param table the table it is on; with the name, its identity
 * @param name the policy name, unique per table
 * @param permissive true for {@code AS PERMISSIVE} (the default), false for {@code AS RESTRICTIVE}
 * @param command what it applies to: {@code ALL}, {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param roles the roles of {@code TO}, sorted: role names as they are (unquoted), or {@code PUBLIC} for everyone
 * @param using the {@code USING} expression as {@code pg_get_expr} prints it, or null
 * @param withCheck the {@code WITH CHECK} expression as {@code pg_get_expr} prints it, or null
 * @param comment the comment, or null
 */
public record Policy(
        QualifiedName table,
        String name,
        boolean permissive,
        String command,
        List<String> roles,
        String using,
        String withCheck,
        String comment) {

    /** Sorts policies by table, then name. */
    public static final Comparator<Policy> ORDER = Comparator.comparing(Policy::table).thenComparing(Policy::name);

    public Policy {
        Objects.requireNonNull(table, "table == null");
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(command, "command == null");
        roles = List.copyOf(roles);
    }
}
