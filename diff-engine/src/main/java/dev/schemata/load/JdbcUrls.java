package dev.schemata.load;

/** Rewrites PostgreSQL JDBC URLs. */
final class JdbcUrls {
    private static final String PREFIX = "jdbc:postgresql:";

    private JdbcUrls() {}

    /**
     * The URL with its database replaced by {@code database}, keeping hosts, ports and parameters:
     * {@code jdbc:postgresql://h1:5432,h2/db?ssl=true}, {@code jdbc:postgresql://[::1]/db},
     * {@code jdbc:postgresql://host} (no database) and {@code jdbc:postgresql:db} all work.
     * {@code database} must need no URL encoding.
     */
    static String withDatabase(String url, String database) {
        if (!url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql:...): "
                    + dev.schemata.Redaction.url(url));
        }
        int query = url.indexOf('?');
        String parameters = query < 0 ? "" : url.substring(query);
        String location = url.substring(PREFIX.length(), query < 0 ? url.length() : query);
        if (!location.startsWith("//")) {
            return PREFIX + database + parameters;
        }
        int slash = location.indexOf('/', 2);
        String hosts = slash < 0 ? location : location.substring(0, slash);
        return PREFIX + hosts + "/" + database + parameters;
    }
}
