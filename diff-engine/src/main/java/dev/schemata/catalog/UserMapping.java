package dev.schemata.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A user mapping of a foreign server. Its secret options (a key that contains {@code password}) are never
 * read: the catalog holds the others only, so secrets never reach a plan, a log or a report.
 *
 * @param server the foreign server
 * @param user the role it maps, or null for {@code PUBLIC}
 * @param options the options that are no secret, as {@code key=value}, sorted
 */
public record UserMapping(String server, String user, List<String> options) {

    public UserMapping {
        Objects.requireNonNull(server, "server == null");
        options = Options.sorted(options);
    }

    /** {@code PUBLIC} or the role name, as it follows {@code FOR}. */
    public String userSql() {
        return user == null ? "PUBLIC" : Identifiers.quote(user);
    }
}
