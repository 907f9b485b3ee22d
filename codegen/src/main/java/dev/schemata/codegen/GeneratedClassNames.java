package dev.schemata.codegen;

import com.palantir.javapoet.ClassName;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.EnumType;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides the Java class of every table and enum type.
 *
 * <p>Packages: when all tables and enum types live in one schema, they all go to the configured package.
 * When they span several schemas, those of {@code public} stay in the configured package and every other
 * schema gets a subpackage named after it (lowercased, other characters as underscores), so that
 * {@code sales.orders} becomes {@code <package>.sales.Orders}.
 *
 * <p>Class names: the UpperCamel form of the SQL name. A name that occurs in several schemas (tables among
 * tables, enum types among enum types) is prefixed with the UpperCamel schema name in every schema, so that
 * {@code public.orders} and {@code sales.orders} become {@code PublicOrders} and {@code SalesOrders}. Names
 * still equal within a package, ignoring case, get a numeric suffix: tables claim first, then enum types,
 * each in catalog order. A {@code @name} tag in the comment gives the simple name as written; tagged names
 * are claimed before derived ones.
 */
final class GeneratedClassNames {
    private static final String PUBLIC = "public";

    private final Map<QualifiedName, ClassName> tables = new LinkedHashMap<>();
    private final Map<QualifiedName, ClassName> enums = new LinkedHashMap<>();
    private final Map<String, String> packageOfSchema;
    private final Map<String, UniqueNames> namesOfPackage = new HashMap<>();

    private GeneratedClassNames(Map<String, String> packageOfSchema) {
        this.packageOfSchema = packageOfSchema;
    }

    static GeneratedClassNames of(Catalog catalog, String basePackage) {
        GeneratedClassNames names = new GeneratedClassNames(packages(catalog, basePackage));
        names.assign(catalog.tables(), Table::name, t -> CommentTags.of(t).name(), "Table", names.tables);
        names.assign(catalog.enums(), EnumType::name, e -> CommentTags.of(e).name(), "Type", names.enums);
        return names;
    }

    ClassName table(QualifiedName table) {
        return tables.get(table);
    }

    Map<QualifiedName, ClassName> tables() {
        return tables;
    }

    Map<QualifiedName, ClassName> enums() {
        return enums;
    }

    /** The simple names generated into a package, which there hide classes of {@code java.lang}. */
    Set<String> simpleNamesIn(String packageName) {
        return Stream.concat(tables.values().stream(), enums.values().stream())
                .filter(c -> c.packageName().equals(packageName))
                .map(ClassName::simpleName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Claims {@code @name} tags first, as written; then the names derived from SQL names. */
    private <T> void assign(List<T> objects, Function<T, QualifiedName> nameOf, Function<T, String> tagged,
            String fallback, Map<QualifiedName, ClassName> into) {
        Map<String, Long> schemasPerName = objects.stream()
                .collect(Collectors.groupingBy(o -> nameOf.apply(o).name(), Collectors.counting()));
        Map<QualifiedName, String> simpleNames = new HashMap<>();
        objects.stream().filter(o -> tagged.apply(o) != null)
                .forEach(o -> simpleNames.put(nameOf.apply(o), claim(nameOf.apply(o), tagged.apply(o))));
        for (T object : objects) {
            QualifiedName name = nameOf.apply(object);
            if (simpleNames.containsKey(name)) {
                continue;
            }
            String simple = orElse(JavaNames.upperCamel(name.name()), fallback);
            if (schemasPerName.get(name.name()) > 1) {
                simple = orElse(JavaNames.upperCamel(name.schema()), "") + simple;
            }
            simpleNames.put(name, claim(name, simple));
        }
        for (T object : objects) {
            QualifiedName name = nameOf.apply(object);
            into.put(name, ClassName.get(packageOfSchema.get(name.schema()), simpleNames.get(name)));
        }
    }

    private String claim(QualifiedName name, String simple) {
        String packageName = packageOfSchema.get(name.schema());
        return namesOfPackage.computeIfAbsent(packageName, p -> UniqueNames.forClasses()).claim(simple);
    }

    private static Map<String, String> packages(Catalog catalog, String basePackage) {
        Set<String> schemas = new TreeSet<>();
        catalog.tables().forEach(t -> schemas.add(t.name().schema()));
        catalog.enums().forEach(e -> schemas.add(e.name().schema()));
        Map<String, String> packages = new HashMap<>();
        UniqueNames segments = UniqueNames.forMembers();
        for (String schema : schemas) {
            boolean own = schemas.size() == 1 || schema.equals(PUBLIC);
            String segment = own ? null : segments.claim(JavaNames.packageSegment(schema));
            packages.put(schema, own ? basePackage : basePackage + "." + segment);
        }
        return packages;
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
