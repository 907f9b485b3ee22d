package dev.schemata.plan;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Identifiers;
import dev.schemata.catalog.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a column's type and default refer to: the enum types and sequences they need to exist. */
final class References {
    // pg_get_expr prints a sequence default as nextval('name'::regclass), the name qualified when not visible
    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('((?:[^']|'')+)'::regclass\\)");
    private static final String DEFAULT_SCHEMA = "public";

    private References() {}

    /** Whether a column type as format_type prints it (possibly an array) is the given type. */
    static boolean isType(String columnType, QualifiedName type) {
        String base = columnType;
        while (base.endsWith("[]")) {
            base = base.substring(0, base.length() - 2);
        }
        return base.equals(type.sql()) || base.equals(type.toString())
                || type.schema().equals(DEFAULT_SCHEMA) && base.equals(Identifiers.quote(type.name()));
    }

    /** Whether a column type (possibly an array) is one of the catalog's enum types. */
    static boolean isEnum(String columnType, Catalog catalog) {
        return catalog.enums().stream().anyMatch(e -> isType(columnType, e.name()));
    }

    /** The sequences a default expression takes values from. */
    static List<QualifiedName> sequencesIn(String defaultExpression) {
        List<QualifiedName> names = new ArrayList<>();
        if (defaultExpression == null) {
            return names;
        }
        Matcher m = NEXTVAL.matcher(defaultExpression);
        while (m.find()) {
            names.add(parseName(m.group(1).replace("''", "'")));
        }
        return names;
    }

    /** Parses a possibly qualified, possibly quoted name as PostgreSQL prints regclass values. */
    static QualifiedName parseName(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == '.' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(ch);
            }
        }
        parts.add(part.toString());
        return parts.size() == 1 ? QualifiedName.of(DEFAULT_SCHEMA, parts.get(0))
                : QualifiedName.of(parts.get(parts.size() - 2), parts.get(parts.size() - 1));
    }
}
