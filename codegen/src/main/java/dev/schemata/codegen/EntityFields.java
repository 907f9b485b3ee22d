package dev.schemata.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.ColumnRef;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.ConstraintKind;
import dev.schemata.catalog.Domain;
import dev.schemata.catalog.Sequence;
import dev.schemata.catalog.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.Expression;

/**
 * Turns the columns of a table, in physical order, into uniquely named entity fields: names from
 * {@code @name} tags first, then from the column names; columns tagged {@code @omit} left out. A column's
 * Java type is, by precedence, the {@code typeOverrides} entry of the column, its {@code @javaType} or
 * {@code @json} tag, then the mapping of its type (which a {@code typeOverrides} entry of the type replaces). A column whose type
 * is a domain is a column of the domain's base type that also has the domain's NOT NULL, default and CHECKs.
 */
final class EntityFields {
    private static final String FALLBACK_NAME = "column";
    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('((?:[^']|'')+)'::regclass\\)");
    // The types Jakarta Persistence 3.1 allows for a @Version attribute, among those columns map to.
    private static final Set<TypeName> VERSION_TYPES = Set.of(ClassName.get("java.lang", "Short"),
            ClassName.get("java.lang", "Integer"), ClassName.get("java.lang", "Long"),
            ClassName.get("java.time", "LocalDateTime"));

    private final Catalog catalog;
    private final ColumnTypeMapper types;
    private final TypeOverrides overrides;
    private final Pattern versionColumns;
    /** Parsed check expressions by text: tables often share checks, and parsing dominates generation time. */
    private final Map<String, Optional<Expression>> parsedChecks = new HashMap<>();

    /** {@code versionColumns}: names of version columns, or null when there are none. */
    EntityFields(Catalog catalog, ColumnTypeMapper types, TypeOverrides overrides, Pattern versionColumns) {
        this.catalog = catalog;
        this.types = types;
        this.overrides = overrides;
        this.versionColumns = versionColumns;
    }

    List<EntityField> of(Table table) {
        List<String> key = table.primaryKey().map(Constraint::columns).orElse(List.of());
        Map<Column, CommentTags> kept = keptColumns(table, key);
        Map<String, ColumnType> typeOf = new LinkedHashMap<>();
        Map<String, ValueKind> kinds = new LinkedHashMap<>();
        Map<String, Domain> domains = new LinkedHashMap<>();
        kept.forEach((column, tags) -> {
            Domain domain = types.domain(column.type(), table.name().schema());
            String tagged = tags.javaType() != null ? tags.javaType() : jsonClass(table, column, domain, tags);
            ClassName chosen = orElse(overrides.forColumn(table, column.name()),
                    tagged == null ? null : ClassName.bestGuess(tagged));
            typeOf.put(column.name(), type(table, column, chosen));
            if (domain != null) {
                domains.put(column.name(), domain);
            }
            kinds.put(column.name(), ValueKind.of(domain == null ? column.type() : domain.baseType(), chosen != null));
        });
        Map<String, ColumnChecks> checks = checks(table, kinds);
        domains.forEach((column, domain) ->
                checks.merge(column, DomainChecks.of(domain, kinds.get(column)), ColumnChecks::and));
        UniqueNames names = UniqueNames.forMembers();
        Map<Column, String> explicit = new LinkedHashMap<>();
        kept.forEach((column, tags) -> {
            if (tags.name() != null) {
                explicit.put(column, names.claim(tags.name()));
            }
        });
        List<EntityField> fields = new ArrayList<>();
        boolean versionTaken = false; // JPA allows one version per entity: the first matching column
        for (Map.Entry<Column, CommentTags> entry : kept.entrySet()) {
            Column column = entry.getKey();
            String lowerCamel = JavaNames.lowerCamel(column.name());
            String name = explicit.containsKey(column) ? explicit.get(column)
                    : names.claim(lowerCamel == null ? FALLBACK_NAME : lowerCamel);
            boolean generated = column.identity() != null || isSerial(column, table, catalog);
            ColumnType type = typeOf.get(column.name());
            boolean id = key.contains(column.name());
            boolean version = !id && !versionTaken && versionColumns != null
                    && versionColumns.matcher(column.name()).matches() && VERSION_TYPES.contains(type.javaType());
            versionTaken |= version;
            Column asBase = asBaseType(column, domains.get(column.name()));
            fields.add(new EntityField(asBase, name, type, id, generated, false,
                    checks.getOrDefault(column.name(), ColumnChecks.NONE), version, entry.getValue(),
                    generated ? null : standaloneSequence(column, table, catalog),
                    domains.containsKey(column.name()) ? domains.get(column.name()).name().name() : null));
        }
        return fields;
    }

    /** The {@code @json} class of a column, or null; refused on a column that is not json or jsonb. */
    private static String jsonClass(Table table, Column column, Domain domain, CommentTags tags) {
        String type = domain == null ? column.type() : domain.baseType();
        if (tags.json() != null && !type.equals("json") && !type.equals("jsonb")) {
            throw new IllegalArgumentException("Comment on column " + table.name().sql() + "." + column.name()
                    + ": @json on a column of type " + type + "; @json is for json and jsonb columns, so change"
                    + " the column type or use @javaType.");
        }
        return tags.json();
    }

    /** The mapped type of a column, or the {@code chosen} class (not null) with the mapped size facts. */
    private ColumnType type(Table table, Column column, ClassName chosen) {
        ColumnType mapped = types.map(column.type(), table.name().schema());
        return chosen == null ? mapped
                : new ColumnType(chosen, mapped.length(), mapped.precision(), mapped.scale(), false, false, null);
    }

    /** The columns not tagged {@code @omit}, with their tags; a key column cannot be omitted. */
    private static Map<Column, CommentTags> keptColumns(Table table, List<String> key) {
        Map<Column, CommentTags> kept = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            CommentTags tags = CommentTags.of(table, column);
            if (tags.omit() && key.contains(column.name())) {
                throw new IllegalArgumentException("Comment on column " + table.name().sql() + "." + column.name()
                        + ": @omit on a primary key column; an entity needs its whole key, so remove the tag"
                        + " (or @omit the table).");
            }
            if (!tags.omit()) {
                kept.put(column, tags);
            }
        }
        return kept;
    }

    /** The facts of all CHECK constraints of the table (sorted by name), merged per column. */
    private Map<String, ColumnChecks> checks(Table table, Map<String, ValueKind> kinds) {
        Map<String, ColumnChecks> checks = new HashMap<>();
        for (Constraint constraint : table.constraints()) {
            if (constraint.kind() == ConstraintKind.CHECK && constraint.checkExpression() != null) {
                CheckTranslator.translate(parsedChecks.computeIfAbsent(constraint.checkExpression(), CheckTranslator::parse),
                        kinds)
                        .forEach((column, facts) -> checks.merge(column, facts, ColumnChecks::and));
            }
        }
        return checks;
    }

    /**
     * A column of a domain as a column of its base type, with the domain's NOT NULL and default: so the
     * type-dependent mappings see the base type, and a NOT NULL domain without a default gives {@code @NotNull}.
     */
    private static Column asBaseType(Column column, Domain domain) {
        if (domain == null) {
            return column;
        }
        String def = column.defaultExpression() != null ? column.defaultExpression() : domain.defaultExpression();
        return new Column(column.name(), domain.baseType(), column.notNull() || domain.notNull(), def,
                column.identity(), column.generatedExpression(), column.collation(), column.comment());
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }

    /**
     * The sequence a default {@code nextval('name'::regclass)} draws from when the column does not own it
     * (a standalone sequence, perhaps shared); null for any other default or a sequence not in the catalog.
     */
    private static Sequence standaloneSequence(Column column, Table table, Catalog catalog) {
        String def = column.defaultExpression();
        Matcher m = def == null ? null : NEXTVAL.matcher(def);
        if (m == null || !m.matches()) {
            return null;
        }
        Sequence sequence = ColumnTypeMapper.lookup(catalog.sequencesByName(), m.group(1).replace("''", "'"),
                table.name().schema());
        boolean owned = sequence != null && new ColumnRef(table.name(), column.name()).equals(sequence.ownedBy());
        return owned ? null : sequence;
    }

    /** A serial column: its default draws from a sequence the column owns. */
    private static boolean isSerial(Column column, Table table, Catalog catalog) {
        String def = column.defaultExpression();
        if (def == null || !def.startsWith("nextval(")) {
            return false;
        }
        ColumnRef ref = new ColumnRef(table.name(), column.name());
        return catalog.sequences().stream()
                .filter(s -> ref.equals(s.ownedBy()))
                .map(Sequence::name)
                .anyMatch(s -> def.contains(s.name()));
    }
}
