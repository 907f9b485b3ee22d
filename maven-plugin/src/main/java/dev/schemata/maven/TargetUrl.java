package dev.schemata.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The target's JDBC URL: {@code schema.url} when given, else one built from libpq's environment variables
 * ({@code PGHOST}, {@code PGPORT}, {@code PGDATABASE}), so that a CI job set up for {@code psql} needs no more.
 */
final class TargetUrl {
    static final List<String> VARIABLES = List.of("PGHOST", "PGPORT", "PGDATABASE");

    private TargetUrl() {}

    /**
     * The URL to use, or null when neither {@code url} nor any of the variables is set.
     *
     * @param user the chosen user: as in libpq, the database defaults to the user's name
     */
    static String choose(String url, Map<String, String> environment, String user) throws MojoFailureException {
        if (url != null && !url.isBlank()) {
            return url;
        }
        if (VARIABLES.stream().allMatch(v -> blank(environment.get(v)))) {
            return null;
        }
        String database = Credentials.firstNonBlank(environment.get("PGDATABASE"), user);
        if (database == null) {
            throw new MojoFailureException("PGHOST or PGPORT is set but neither PGDATABASE nor a user (schema.user,"
                    + " PGUSER) names the database: set PGDATABASE, or schema.url");
        }
        return "jdbc:postgresql://" + hosts(environment) + "/" + database;
    }

    /** Whether the environment names a target that {@code url} overrides, for a note in the log. */
    static boolean overridden(String url, Map<String, String> environment) {
        return url != null && !url.isBlank() && VARIABLES.stream().anyMatch(v -> !blank(environment.get(v)));
    }

    // PGHOST and PGPORT may list several servers, comma-separated, as libpq tries them in turn; so does pgjdbc
    private static String hosts(Map<String, String> environment) throws MojoFailureException {
        String[] hosts = Credentials.firstNonBlank(environment.get("PGHOST"), "localhost").split(",", -1);
        String[] ports = Credentials.firstNonBlank(environment.get("PGPORT"), "5432").split(",", -1);
        if (ports.length != 1 && ports.length != hosts.length) {
            throw new MojoFailureException("PGHOST lists " + hosts.length + " hosts but PGPORT " + ports.length
                    + " ports: give one port, or one per host");
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < hosts.length; i++) {
            String host = hosts[i].trim();
            String port = ports[ports.length == 1 ? 0 : i].trim();
            if (host.startsWith("/")) {
                throw new MojoFailureException("PGHOST is a Unix socket directory (" + host + "), which the JDBC driver"
                        + " cannot use: set PGHOST to a host name (for example localhost), or set schema.url");
            }
            if (!port.matches("\\d{1,5}")) {
                throw new MojoFailureException("PGPORT is not a port number: '" + port + "'");
            }
            parts.add((host.contains(":") ? "[" + host + "]" : host) + ":" + port);
        }
        return String.join(",", parts);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
