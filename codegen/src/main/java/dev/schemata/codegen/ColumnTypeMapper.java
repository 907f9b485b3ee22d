package dev.schemata.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.schemata.catalog.Domain;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.RangeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a column type, as PostgreSQL's {@code format_type} prints it, to a Java type. Types without a
 * standard mapping (xml, money, ranges, inet without Hibernate, ...) become {@code Object} and say so, rather than
 * a type that would silently lose or garble values.
 */
final class ColumnTypeMapper {
    private static final ClassName STRING = ClassName.get("java.lang", "String");
    private static final Map<String, TypeName> BUILT_IN = Map.ofEntries(
            Map.entry("smallint", ClassName.get("java.lang", "Short")),
            Map.entry("integer", ClassName.get("java.lang", "Integer")),
            Map.entry("bigint", ClassName.get("java.lang", "Long")),
            Map.entry("numeric", ClassName.get("java.math", "BigDecimal")),
            Map.entry("real", ClassName.get("java.lang", "Float")),
            Map.entry("double precision", ClassName.get("java.lang", "Double")),
            Map.entry("boolean", ClassName.get("java.lang", "Boolean")),
            Map.entry("text", STRING),
            Map.entry("character varying", STRING),
            Map.entry("character", STRING),
            Map.entry("bpchar", STRING),
            Map.entry("\"char\"", STRING),
            Map.entry("name", STRING),
            Map.entry("citext", STRING),
            Map.entry("json", STRING),
            Map.entry("jsonb", STRING),
            Map.entry("bytea", TypeName.get(byte[].class)),
            Map.entry("uuid", ClassName.get("java.util", "UUID")),
            Map.entry("date", ClassName.get("java.time", "LocalDate")),
            Map.entry("time without time zone", ClassName.get("java.time", "LocalTime")),
            Map.entry("time with time zone", ClassName.get("java.time", "OffsetTime")),
            Map.entry("timestamp without time zone", ClassName.get("java.time", "LocalDateTime")),
            Map.entry("timestamp with time zone", ClassName.get("java.time", "OffsetDateTime")),
            Map.entry("interval", ClassName.get("java.time", "Duration")));
    private static final Pattern MODIFIERS = Pattern.compile("\\((\\d+)(?:,(\\d+))?\\)");
    private static final String PUBLIC = "public";
    private static final String INET = "inet";
    static final ClassName INET_ADDRESS = ClassName.get("java.net", "InetAddress");
    /** PostgreSQL's own range and multirange types. */
    static final Pattern BUILT_IN_RANGE = Pattern.compile("(int4|int8|num|ts|tstz|date)(multi)?range");

    private final Map<QualifiedName, ClassName> enums;
    private final Set<ClassName> nativeEnums;
    private final TypeOverrides overrides;
    private final Map<QualifiedName, Domain> domains;
    private final boolean hibernate;
    private final Map<QualifiedName, QualifiedName> rangeTypes;

    ColumnTypeMapper(Map<QualifiedName, ClassName> enums) {
        this(enums, Set.of(), TypeOverrides.of(Map.of()));
    }

    ColumnTypeMapper(Map<QualifiedName, ClassName> enums, Set<ClassName> nativeEnums, TypeOverrides overrides) {
        this(enums, nativeEnums, overrides, Map.of(), false);
    }

    /**
     * {@code nativeEnums}: the enums whose columns bind as the PostgreSQL type, see {@link ColumnType};
     * {@code overrides}: types the user maps to a Java type of their choice, which win over all else.
     */
    /** {@code hibernate}: whether Hibernate binds the column, which maps {@code inet} to {@link java.net.InetAddress}. */
    ColumnTypeMapper(Map<QualifiedName, ClassName> enums, Set<ClassName> nativeEnums, TypeOverrides overrides,
            Map<QualifiedName, Domain> domains, boolean hibernate) {
        this(enums, nativeEnums, overrides, domains, hibernate, List.of());
    }

    /** {@code rangeTypes}: the user's range and multirange types, which map as PostgreSQL's own ones do. */
    ColumnTypeMapper(Map<QualifiedName, ClassName> enums, Set<ClassName> nativeEnums, TypeOverrides overrides,
            Map<QualifiedName, Domain> domains, boolean hibernate, List<RangeType> rangeTypes) {
        this.rangeTypes = withMultiranges(rangeTypes);
        this.enums = Map.copyOf(enums);
        this.nativeEnums = Set.copyOf(nativeEnums);
        this.overrides = overrides;
        this.domains = Map.copyOf(domains);
        this.hibernate = hibernate;
    }

    /** The domain a column type of {@code tableSchema} names, or null: looked up as enum types are. */
    Domain domain(String sqlType, String tableSchema) {
        // asked for every column: without domains, no need to take its type's name apart
        return domains.isEmpty() ? null : lookup(domains, sqlType.strip(), tableSchema);
    }

    /** The Java type of a column of {@code tableSchema} whose type prints as {@code sqlType}. */
    ColumnType map(String sqlType, String tableSchema) {
        String type = sqlType.strip();
        ClassName overridden = overrides.forType(type);
        if (overridden != null) {
            return ColumnType.of(overridden);
        }
        if (hibernate && type.equals(INET)) {
            return ColumnType.of(INET_ADDRESS);
        }
        if (hibernate && isRange(type, tableSchema)) {
            // Neither JDBC nor Hibernate has a range type: the text literal, read as any column and written
            // with a cast, round-trips every range exactly, bounds and emptiness included
            return ColumnType.literal(type);
        }
        if (type.endsWith("[]")) {
            String element = type.replaceFirst("(\\[])+$", "");
            // Hibernate's inet binding is for single values: an inet[] stays unmapped unless the user maps inet
            ColumnType elementType = element.equals(INET) && overrides.forType(INET) == null ? unmapped(element)
                    : map(element, tableSchema);
            TypeName list = ParameterizedTypeName.get(ClassName.get("java.util", "List"), elementType.javaType());
            return new ColumnType(list, null, null, null, false, false, elementType.unmapped() == null ? null : type);
        }
        TypeName builtIn = builtIn(type);
        if (builtIn != null) {
            return withModifiers(builtIn, type);
        }
        Domain domain = domain(type, tableSchema);
        if (domain != null) { // a domain maps as its base type, unless the user maps the domain itself
            ClassName byDomain = overrides.forDomain(domain.name());
            return byDomain != null ? ColumnType.of(byDomain) : map(domain.baseType(), domain.name().schema());
        }
        ClassName enumClass = lookup(enums, type, tableSchema);
        if (enumClass != null) {
            return new ColumnType(enumClass, null, null, null, true, nativeEnums.contains(enumClass), null);
        }
        return unmapped(type);
    }

    private boolean isRange(String type, String tableSchema) {
        return BUILT_IN_RANGE.matcher(type).matches() || lookup(rangeTypes, type, tableSchema) != null;
    }

    /** The range types by name, and by the name of the multirange type PostgreSQL 14 and later add to each. */
    private static Map<QualifiedName, QualifiedName> withMultiranges(List<RangeType> ranges) {
        Map<QualifiedName, QualifiedName> all = new HashMap<>();
        for (RangeType range : ranges) {
            all.put(range.name(), range.name());
            range.multirange().ifPresent(multirange -> all.put(multirange, range.name()));
        }
        return Map.copyOf(all);
    }

    private static ColumnType unmapped(String type) {
        return new ColumnType(ClassName.OBJECT, null, null, null, false, false, type);
    }

    /** Drops type modifiers, {@code (20)} or {@code (10,2)}, and the fields of an interval. */
    private static TypeName builtIn(String type) {
        if (type.startsWith("\"") && !type.equals("\"char\"")) {
            return null;
        }
        String base = MODIFIERS.matcher(type).replaceAll("");
        if (base.startsWith("interval ")) {
            base = "interval";
        }
        if (base.endsWith(".citext")) { // an extension type, qualified when its schema is not on the path
            base = "citext";
        }
        return BUILT_IN.get(base);
    }

    private static ColumnType withModifiers(TypeName javaType, String type) {
        Matcher m = MODIFIERS.matcher(type);
        if (!m.find()) {
            return ColumnType.of(javaType);
        }
        Integer first = Integer.valueOf(m.group(1));
        Integer second = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        if (type.startsWith("character")) {
            return new ColumnType(javaType, first, null, null, false, false, null);
        }
        if (type.startsWith("numeric")) {
            return new ColumnType(javaType, null, first, second == null ? 0 : second, false, false, null);
        }
        return ColumnType.of(javaType); // time(3), timestamp(6): precision the Java type holds anyway
    }

    /**
     * The object (enum class, domain) a type names. {@code format_type} qualifies a type only when
     * its schema is not on the search path, so a bare name is looked up in {@code public}, then in the
     * table's schema, then anywhere if exactly one object has it.
     */
    static <T> T lookup(Map<QualifiedName, T> objects, String type, String tableSchema) {
        List<String> parts = identifierParts(type);
        if (parts.size() == 2) {
            return objects.get(QualifiedName.of(parts.get(0), parts.get(1)));
        }
        if (parts.size() != 1) {
            return null;
        }
        String name = parts.get(0);
        for (String schema : List.of(PUBLIC, tableSchema)) {
            T found = objects.get(QualifiedName.of(schema, name));
            if (found != null) {
                return found;
            }
        }
        List<T> anywhere = objects.entrySet().stream()
                .filter(e -> e.getKey().name().equals(name)).map(Map.Entry::getValue).toList();
        return anywhere.size() == 1 ? anywhere.get(0) : null;
    }

    /** Splits {@code sales."Order Status"} into its unquoted parts; an empty list when it does not parse. */
    static List<String> identifierParts(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                part.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        if (quoted) {
            return List.of();
        }
        parts.add(part.toString());
        return parts;
    }
}
