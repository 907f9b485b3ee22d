package dev.schemata.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.ConstraintKind;
import dev.schemata.catalog.Identifiers;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JPA associations that foreign keys imply, for bean entities ({@code relations} option).
 *
 * <p>Each foreign key whose columns and referenced table are generated becomes a lazy {@code @ManyToOne},
 * named after its column with the {@code _id} suffix dropped ({@code customer_id} to {@code customer});
 * when that name is taken, or for a key of several columns or a column without the suffix, after the
 * referenced table; then with a numeric suffix. Names from columns are claimed first.
 *
 * <p>The association writes the key columns, so their basic fields stay (for queries by id without a
 * join) but turn read-only; where a column is part of the primary key, or already written by an earlier
 * association of the table, the association is the read-only side instead (JPA lets only one mapping
 * write a column, and all columns of an association must agree).
 *
 * <p>With {@code inverseRelations}, the referenced entity gets a {@code @OneToMany(mappedBy)} list named
 * after the referencing table in a simple plural ({@code order_line} to {@code orderLines}); a second one
 * of the same name is {@code <plural>By<Association>}. Names are claimed in catalog order, so the outcome
 * is deterministic.
 */
final class Associations {
    private static final String PACKAGE = "jakarta.persistence";
    private static final ClassName MANY_TO_ONE = ClassName.get(PACKAGE, "ManyToOne");
    private static final ClassName ONE_TO_MANY = ClassName.get(PACKAGE, "OneToMany");
    private static final ClassName FETCH_TYPE = ClassName.get(PACKAGE, "FetchType");
    private static final ClassName JOIN_COLUMN = ClassName.get(PACKAGE, "JoinColumn");
    private static final ClassName JOIN_COLUMNS = ClassName.get(PACKAGE, "JoinColumns");
    private static final ClassName LIST = ClassName.get("java.util", "List");
    private static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");

    private final Map<QualifiedName, List<Member>> members = new HashMap<>();
    private final Map<QualifiedName, Set<String>> writtenColumns = new HashMap<>();

    private Associations() {}

    static Associations none() {
        return new Associations();
    }

    /** {@code entities}: the generated tables in catalog order, with their fields and classes. */
    static Associations of(Map<Table, List<EntityField>> entities, Map<QualifiedName, ClassName> classes,
            boolean inverse) {
        Associations associations = new Associations();
        Map<QualifiedName, UniqueNames> names = new HashMap<>();
        entities.forEach((table, fields) -> {
            UniqueNames taken = UniqueNames.forMembers();
            fields.forEach(f -> taken.claim(f.name()));
            names.put(table.name(), taken);
        });
        Map<Table, List<ForeignKeyAssociation>> manyToOne = new LinkedHashMap<>();
        entities.forEach((table, fields) -> manyToOne.put(table,
                associations.manyToOne(table, fields, classes, names.get(table.name()))));
        if (inverse) {
            manyToOne.forEach((table, list) -> list.forEach(a -> associations.add(a.target(),
                    oneToMany(table, a, classes.get(table.name()), names.get(a.target())))));
        }
        return associations;
    }

    /** The association members of a table, after its columns. */
    List<Member> members(QualifiedName table) {
        return members.getOrDefault(table, List.of());
    }

    /** The columns of a table that an association writes, whose basic fields are read-only. */
    Set<String> writtenColumns(QualifiedName table) {
        return writtenColumns.getOrDefault(table, Set.of());
    }

    private record ForeignKeyAssociation(QualifiedName target, String name) {}

    private List<ForeignKeyAssociation> manyToOne(Table table, List<EntityField> fields,
            Map<QualifiedName, ClassName> classes, UniqueNames names) {
        Set<String> mapped = new HashSet<>();
        fields.forEach(f -> mapped.add(f.column().name()));
        Set<String> key = new HashSet<>();
        fields.stream().filter(EntityField::id).forEach(f -> key.add(f.column().name()));
        List<Constraint> foreignKeys = table.constraints().stream()
                .filter(c -> c.kind() == ConstraintKind.FOREIGN_KEY && c.foreignKey() != null)
                .filter(c -> classes.containsKey(c.foreignKey().referencedTable()) && mapped.containsAll(c.columns()))
                .toList();
        Map<Constraint, String> assigned = new HashMap<>();
        // Names from columns first, so that a column without an _id suffix cannot take customer_id's name.
        foreignKeys.forEach(fk -> columnBasedName(fk.columns())
                .ifPresent(name -> assigned.put(fk, names.claimFirstFree(name, tableBasedName(fk)))));
        foreignKeys.forEach(fk -> assigned.computeIfAbsent(fk, k -> names.claim(tableBasedName(fk))));
        Set<String> written = new HashSet<>();
        List<ForeignKeyAssociation> result = new ArrayList<>();
        for (Constraint fk : foreignKeys) {
            QualifiedName target = fk.foreignKey().referencedTable();
            String name = assigned.get(fk);
            boolean readOnly = fk.columns().stream().anyMatch(c -> key.contains(c) || written.contains(c));
            if (!readOnly) {
                written.addAll(fk.columns());
            }
            add(table.name(), Member.association(classes.get(target), name, manyToOneAnnotations(fk, readOnly), null));
            result.add(new ForeignKeyAssociation(target, name));
        }
        writtenColumns.put(table.name(), Set.copyOf(written));
        return result;
    }

    private static String tableBasedName(Constraint fk) {
        return orElse(JavaNames.lowerCamel(fk.foreignKey().referencedTable().name()), "reference");
    }

    private static Optional<String> columnBasedName(List<String> columns) {
        if (columns.size() != 1) {
            return Optional.empty();
        }
        String column = columns.get(0);
        String stripped = column.replaceFirst("(?i)_id$|(?<=[a-z])Id$", "");
        return stripped.equals(column) ? Optional.empty()
                : Optional.ofNullable(JavaNames.lowerCamel(stripped));
    }

    private static List<AnnotationSpec> manyToOneAnnotations(Constraint fk, boolean readOnly) {
        List<AnnotationSpec> annotations = new ArrayList<>();
        annotations.add(OneLineAnnotation.builder(MANY_TO_ONE).member("fetch", "$T.LAZY", FETCH_TYPE).build());
        List<AnnotationSpec> joins = new ArrayList<>();
        for (int i = 0; i < fk.columns().size(); i++) {
            OneLineAnnotation join = OneLineAnnotation.builder(JOIN_COLUMN)
                    .member("name", "$S", Identifiers.quote(fk.columns().get(i)))
                    .member("referencedColumnName", "$S",
                            Identifiers.quote(fk.foreignKey().referencedColumns().get(i)));
            if (readOnly) {
                join.member("insertable", "false").member("updatable", "false");
            }
            joins.add(join.build());
        }
        if (joins.size() == 1) {
            annotations.add(joins.get(0));
        } else {
            AnnotationSpec.Builder all = AnnotationSpec.builder(JOIN_COLUMNS);
            joins.forEach(j -> all.addMember("value", "$L", j));
            annotations.add(all.build());
        }
        return annotations;
    }

    private static Member oneToMany(Table source, ForeignKeyAssociation association, ClassName sourceClass,
            UniqueNames names) {
        String plural = plural(orElse(JavaNames.lowerCamel(source.name().name()), "reference"));
        String name = names.claimFirstFree(plural, plural + "By" + JavaNames.capitalize(association.name()));
        TypeName type = ParameterizedTypeName.get(LIST, sourceClass);
        AnnotationSpec annotation = OneLineAnnotation.builder(ONE_TO_MANY)
                .member("mappedBy", "$S", association.name()).build();
        return Member.association(type, name, List.of(annotation), CodeBlock.of("new $T<>()", ARRAY_LIST));
    }

    /** A simple English plural: {@code line} to {@code lines}, {@code box} to {@code boxes}, {@code orders} kept. */
    static String plural(String name) {
        if (name.endsWith("s")) {
            return name;
        }
        if (name.matches(".*[^aeiou]y")) {
            return name.substring(0, name.length() - 1) + "ies";
        }
        if (name.matches(".*(x|z|ch|sh)")) {
            return name + "es";
        }
        return name + "s";
    }

    private void add(QualifiedName table, Member member) {
        members.computeIfAbsent(table, t -> new ArrayList<>()).add(member);
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
