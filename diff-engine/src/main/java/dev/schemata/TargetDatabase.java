package dev.schemata;

import java.util.Objects;

/**
 * The database to plan against and apply to. {@link #toString()} never shows the password.
 *
 * @param url a JDBC URL ({@code jdbc:postgresql://...}), or {@code embedded:<name>} for a local,
 *     persistent embedded server kept in Schemata's cache, for trying things out
 * @param user the user name, or null to take it from the URL
 * @param password the password, or null
 */
public record TargetDatabase(String url, String user, String password) {
    public static final String EMBEDDED_PREFIX = "embedded:";

    public TargetDatabase {
        Objects.requireNonNull(url, "url == null");
    }

    public boolean isEmbedded() {
        return url.startsWith(EMBEDDED_PREFIX);
    }

    @Override
    public String toString() {
        return "TargetDatabase[url=" + Redaction.url(url) + ", user=" + user + ", password="
                + (password == null ? "none" : "****") + "]";
    }
}
