package dev.schemata.load;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.ServerErrorMessage;

/** Explains why PostgreSQL refused a statement of a schema file, and where, and what to do about it. */
final class LoadFailures {
    private static final Pattern MISSING_ROLE = Pattern.compile("role \"(.+)\" does not exist");
    private static final Pattern UNAVAILABLE_EXTENSION = Pattern.compile("extension \"(.+)\" is not available");
    private static final Pattern MISSING_CONTROL_FILE =
            Pattern.compile("could not open extension control file \".*?([^/\\\\\"]+)\\.control\"");

    private LoadFailures() {}

    /** The role named by a "role does not exist" error (pg_dump's OWNER TO and GRANT), or null. */
    static String missingRole(ServerErrorMessage server) {
        if (!"42704".equals(server.getSQLState()) || server.getMessage() == null) {
            return null;
        }
        Matcher m = MISSING_ROLE.matcher(server.getMessage());
        return m.matches() ? m.group(1) : null; // PostgreSQL prints the name as is, quotes and all
    }

    /** The extension a CREATE EXTENSION could not find on the server, or null. */
    static String missingExtension(ServerErrorMessage server) {
        String text = server.getMessage() + "\n" + server.getDetail();
        Matcher unavailable = UNAVAILABLE_EXTENSION.matcher(text);
        if ("0A000".equals(server.getSQLState()) && unavailable.find()) {
            return unavailable.group(1);
        }
        Matcher noControlFile = MISSING_CONTROL_FILE.matcher(text);
        if (("58P01".equals(server.getSQLState()) || "0A000".equals(server.getSQLState())) && noControlFile.find()) {
            return noControlFile.group(1);
        }
        return null;
    }

    static SchemaFileException describe(SqlStatement statement, ServerErrorMessage server, boolean embedded,
            SQLException cause) {
        StringBuilder message = new StringBuilder("PostgreSQL: ").append(server.getMessage())
                .append(" (SQLSTATE ").append(server.getSQLState()).append(')');
        if (server.getDetail() != null) {
            message.append("\n  Detail: ").append(server.getDetail());
        }
        if (server.getHint() != null) {
            message.append("\n  Hint: ").append(server.getHint());
        }
        message.append("\n  in statement: ").append(statement.firstLine()).append(advice(server, embedded));
        return statement.errorAt(index(statement.sql(), server.getPosition()), message.toString(), cause);
    }

    private static String advice(ServerErrorMessage server, boolean embedded) {
        String extension = missingExtension(server);
        if (extension != null) {
            return embedded
                    ? "\nThe embedded shadow PostgreSQL does not ship the extension \"" + extension + "\". Set"
                            + " schema.shadowUrl to a PostgreSQL server that has it installed; it may be the target's"
                            + " own server: Schemata only creates a temporary database there and drops it afterwards."
                    : "\nThe shadow server (schema.shadowUrl) does not have the extension \"" + extension + "\""
                            + " installed: install it there, or point schema.shadowUrl at a server that has it.";
        }
        String role = missingRole(server);
        if (role != null && !embedded) {
            return "\nThe schema files name the role \"" + role + "\" (as an owner or grantee), which the shadow"
                    + " server (schema.shadowUrl) lacks: create it there, for example CREATE ROLE "
                    + dev.schemata.catalog.Identifiers.quote(role) + " NOLOGIN.";
        }
        return "";
    }

    /**
     * The index in {@code sql} of PostgreSQL's 1-based error position, which counts characters (code
     * points), not UTF-16 units; 0 (the statement's start) when the server gave none.
     */
    static int index(String sql, int position) {
        if (position <= 0) {
            return 0;
        }
        int characters = Math.min(position - 1, sql.codePointCount(0, sql.length()));
        return sql.offsetByCodePoints(0, characters);
    }
}
