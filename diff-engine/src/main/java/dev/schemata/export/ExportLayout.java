package dev.schemata.export;

import dev.schemata.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits creation statements, in the order they must run, into files that load in the same order: one file per
 * run of statements about one object (a table with its indexes, comments and grants), named
 * {@code <number>-<object>.sql} so that lexical order is run order.
 */
final class ExportLayout {
    private static final String PART = "(?:\"(?:[^\"]|\"\")*\"|[^\\s.(),;\"]+)";
    private static final String NAME = "(" + PART + "(?:\\." + PART + ")*)";
    private static final String KIND = "(?:MATERIALIZED\\s+VIEW|FOREIGN\\s+TABLE|EVENT\\s+TRIGGER|ACCESS\\s+METHOD"
            + "|TEXT\\s+SEARCH\\s+[A-Z]+|LARGE\\s+OBJECT|FOREIGN\\s+DATA\\s+WRAPPER|[A-Z]+)\\s+";
    /** A comment on a column: group 1 is the column's name, qualified by its table's. */
    private static final Pattern ON_COLUMN = Pattern.compile("^COMMENT\\s+ON\\s+COLUMN\\s+" + NAME);
    /** What a statement is about, tried in order; group 1 is the object's name (a column's for COMMENT ON COLUMN). */
    private static final List<Pattern> SUBJECTS = List.of(
            Pattern.compile("^(?:CREATE|ALTER|DROP)\\s+(?:UNIQUE\\s+)?INDEX\\s+.*?\\bON\\s+(?:ONLY\\s+)?" + NAME),
            Pattern.compile("^CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:CONSTRAINT\\s+)?TRIGGER\\s+.*?\\bON\\s+" + NAME),
            Pattern.compile("^(?:CREATE|ALTER)\\s+POLICY\\s+" + PART + "\\s+ON\\s+" + NAME),
            Pattern.compile("^COMMENT\\s+ON\\s+(?:CONSTRAINT|TRIGGER|POLICY|RULE)\\s+" + PART + "\\s+ON\\s+(?:DOMAIN\\s+)?"
                    + NAME),
            ON_COLUMN,
            Pattern.compile("^COMMENT\\s+ON\\s+" + KIND + NAME),
            Pattern.compile("^(?:GRANT|REVOKE)\\s+.*?\\bON\\s+(?:ALL\\s+\\w+\\s+IN\\s+)?(?:" + KIND + ")?" + NAME),
            Pattern.compile("^(?:CREATE|ALTER)\\s+(?:OR\\s+REPLACE\\s+)?(?:(?:UNLOGGED|MATERIALIZED|RECURSIVE|TRUSTED"
                    + "|PROCEDURAL)\\s+)*(?:EVENT\\s+TRIGGER|[A-Z]+)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:ONLY\\s+)?"
                    + NAME));

    /**
     * Comments and grants on a whole object, and comments on a column, need only that object: they may join the
     * file that creates it, wherever the plan put them. Group 1 is the kind of object they are on (none: a table).
     * Comments on constraints, triggers, policies and indexes stay in place: what they are on may come later.
     */
    private static final Pattern ON_OBJECT = Pattern.compile("^(?:COMMENT\\s+ON\\s+(?!CONSTRAINT|TRIGGER|POLICY|RULE"
            + "|INDEX)|(?:GRANT|REVOKE)\\s+[^(]*?\\bON\\s+(?!ALL\\s))(" + KIND + ")?");
    private static final Pattern CREATES = Pattern.compile("^CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:(?:UNLOGGED|UNIQUE"
            + "|RECURSIVE|TRUSTED|PROCEDURAL)\\s+)*(" + KIND + ")");

    private ExportLayout() {}

    /** File name to content, in load order. */
    static Map<String, String> files(List<PlannedStatement> statements) {
        List<Group> groups = new ArrayList<>();
        Map<String, List<Group>> bySubject = new HashMap<>();
        for (PlannedStatement statement : statements) {
            String sql = statement.sql();
            String subject = subject(sql);
            Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            Group creation = subject == null ? null : bySubject.getOrDefault(subject, List.of()).stream()
                    .filter(g -> movable(sql, g)).findFirst().orElse(null);
            if (creation != null && creation != last) {
                creation.statements.add(sql);
            } else if (last != null && (subject == null || subject.equals(last.subject))) {
                last.statements.add(sql);
            } else {
                Group group = new Group(subject == null ? "statements" : subject);
                group.statements.add(sql);
                groups.add(group);
                bySubject.computeIfAbsent(group.subject, k -> new ArrayList<>()).add(group);
            }
        }
        int width = Math.max(3, String.valueOf(groups.size()).length());
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            String number = String.format("%0" + width + "d", i + 1);
            files.put(number + "-" + fileName(group.subject) + ".sql", String.join(";\n\n", group.statements) + ";\n");
        }
        return files;
    }

    /** Whether {@code sql} needs nothing that {@code creation} does not already make. */
    private static boolean movable(String sql, Group creation) {
        Matcher on = ON_OBJECT.matcher(sql);
        if (!on.find()) return false;
        String kind = on.group(1) == null ? "TABLE" : on.group(1).strip();
        boolean created = creation.statements.stream().map(CREATES::matcher)
                .anyMatch(m -> m.find() && namespace(m.group(1).strip()).equals(namespace(kind)));
        if (!created || !kind.equals("COLUMN")) return created;
        Matcher column = ON_COLUMN.matcher(sql);
        String name = column.find() ? column.group(1) : "";
        String columnName = name.substring(lastDot(name) + 1);
        Pattern declared = Pattern.compile("(?<![\\w\"])" + Pattern.quote(columnName) + "(?![\\w\"])");
        return creation.statements.stream().anyMatch(s -> declared.matcher(s).find());
    }

    /** Kinds whose names may clash share a namespace: a table, its row type and a view cannot share a name. */
    private static String namespace(String kind) {
        String words = kind.replaceAll("\\s+", " ");
        return switch (words) {
            case "FUNCTION", "PROCEDURE", "AGGREGATE", "ROUTINE" -> "routine";
            case "TABLE", "VIEW", "MATERIALIZED VIEW", "FOREIGN TABLE", "SEQUENCE", "TYPE", "DOMAIN", "COLUMN" -> "relation";
            default -> words;
        };
    }

    /** The table, type, routine... a statement is about, or null when none is recognised. */
    static String subject(String sql) {
        String text = sql.strip();
        for (Pattern pattern : SUBJECTS) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                String name = m.group(1);
                return pattern == ON_COLUMN ? name.substring(0, lastDot(name)) : name;
            }
        }
        return null;
    }

    /** The position of the dot before the last part of a dotted name, outside quotes. */
    private static int lastDot(String name) {
        int last = name.length();
        boolean quoted = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == '.' && !quoted) last = i;
        }
        return last;
    }

    /** Letters, digits, dot, dash and underscore; anything else becomes an underscore. */
    private static String fileName(String subject) {
        String plain = subject.replace("\"", "").replaceAll("[^A-Za-z0-9._-]", "_");
        return plain.length() > 80 ? plain.substring(0, 80) : plain;
    }

    private static final class Group {
        final String subject;
        final List<String> statements = new ArrayList<>();

        Group(String subject) {
            this.subject = subject;
        }
    }
}
