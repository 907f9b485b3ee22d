package dev.schemata.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range type ({@code CREATE TYPE ... AS RANGE}).
 *
 * @param name the schema-qualified name: its identity
 * @param subtype the element type as {@code format_type} prints it
 * @param definition a {@code CREATE TYPE name AS RANGE (...)} statement put together from {@code pg_range}:
 *     {@code SUBTYPE} and {@code SUBTYPE_OPCLASS} always, {@code COLLATION} when it differs from the subtype's,
 *     {@code CANONICAL} and {@code SUBTYPE_DIFF} when set, {@code MULTIRANGE_TYPE_NAME} from PostgreSQL 14 on;
 *     runnable as it is
 * @param comment the comment, or null
 */
public record RangeType(QualifiedName name, String subtype, String definition, String comment) {
    private static final String IDENTIFIER = "(\"(?:[^\"]|\"\")*\"|[^\\s,.\")]+)";
    private static final Pattern MULTIRANGE = Pattern.compile(
            "MULTIRANGE_TYPE_NAME = " + IDENTIFIER + "\\." + IDENTIFIER);

    public RangeType {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(subtype, "subtype == null");
        Objects.requireNonNull(definition, "definition == null");
    }

    /** The multirange type PostgreSQL 14 and later create with the range, as the definition names it. */
    public Optional<QualifiedName> multirange() {
        Matcher m = MULTIRANGE.matcher(definition);
        return m.find() ? Optional.of(QualifiedName.of(unquote(m.group(1)), unquote(m.group(2)))) : Optional.empty();
    }

    private static String unquote(String identifier) {
        return identifier.startsWith("\"")
                ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"") : identifier;
    }
}
