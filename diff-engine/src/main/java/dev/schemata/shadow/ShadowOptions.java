package dev.schemata.shadow;

import java.util.Objects;

/**
 * Where the desired schema is loaded: an embedded server (the default) or a temporary database
 * created on a configured server.
 *
 * @param url JDBC URL of a server on which Schemata may create and drop a temporary database, or
 *     null for an embedded server
 * @param user user for {@code url}, or null
 * @param password password for {@code url}, or null; never printed
 * @param binaries where embedded binaries come from
 * @param postgresMajor the major version of an embedded server when there is no target to match, or 0
 *     for {@link BinariesResolver#DEFAULT_MAJOR}
 */
public record ShadowOptions(String url, String user, String password, BinariesResolver binaries, int postgresMajor) {
    public ShadowOptions {
        Objects.requireNonNull(binaries, "binaries == null");
    }

    public static ShadowOptions embedded() {
        return new ShadowOptions(null, null, null, BinariesResolver.fromClassPathOrLocalRepository(), 0);
    }

    public boolean isEmbedded() {
        return url == null || url.isBlank();
    }

    /** The major version of an embedded server for a target of {@code targetMajor} (0: no target). */
    public int embeddedMajor(int targetMajor) {
        return targetMajor != 0 ? targetMajor : postgresMajor != 0 ? postgresMajor : BinariesResolver.DEFAULT_MAJOR;
    }

    @Override
    public String toString() {
        return "ShadowOptions[url=" + dev.schemata.Redaction.url(url) + ", user=" + user + ", password="
                + (password == null ? "none" : "****") + ", postgresMajor=" + postgresMajor + "]";
    }
}
