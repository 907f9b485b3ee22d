package dev.schemata.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.schemata.catalog.Identifiers;
import dev.schemata.catalog.Identity;
import dev.schemata.catalog.Sequence;
import dev.schemata.catalog.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code jakarta.persistence} annotations of entities, named by class name only: the generator does not
 * depend on the API, the project that compiles the output does.
 *
 * <p>Names in {@code @Table} and {@code @Column} are SQL as PostgreSQL needs it: a name that is mixed case,
 * reserved or holds other characters is double-quoted, which JPA passes through as a delimited identifier.
 * {@code @GeneratedValue} goes on key columns only (JPA defines it for keys): {@code IDENTITY} for identity and
 * serial columns, {@code SEQUENCE} with a {@code @SequenceGenerator} for a default drawing from a standalone
 * sequence; other identity and generated columns are marked not insertable and not updatable, since
 * PostgreSQL rejects values for them.
 *
 * <p>Enum columns: {@code @Convert} with the enum's label converter, or, for the enums of
 * {@link ColumnType#nativeEnum()}, {@code @Enumerated(EnumType.STRING)} with Hibernate's
 * {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)}.
 */
final class JpaAnnotations {
    private static final String PACKAGE = "jakarta.persistence";
    private static final ClassName ENTITY = ClassName.get(PACKAGE, "Entity");
    private static final ClassName TABLE = ClassName.get(PACKAGE, "Table");
    static final ClassName ID = ClassName.get(PACKAGE, "Id");
    private static final ClassName VERSION = ClassName.get(PACKAGE, "Version");
    private static final ClassName EMBEDDED_ID = ClassName.get(PACKAGE, "EmbeddedId");
    private static final ClassName ID_CLASS = ClassName.get(PACKAGE, "IdClass");
    static final ClassName GENERATED = ClassName.get(PACKAGE, "GeneratedValue");
    private static final ClassName SEQUENCE_GENERATOR = ClassName.get(PACKAGE, "SequenceGenerator");
    private static final ClassName GENERATION_TYPE = ClassName.get(PACKAGE, "GenerationType");
    private static final ClassName COLUMN = ClassName.get(PACKAGE, "Column");
    private static final ClassName ENUMERATED = ClassName.get(PACKAGE, "Enumerated");
    private static final ClassName ENUM_TYPE = ClassName.get(PACKAGE, "EnumType");
    private static final ClassName CONVERT = ClassName.get(PACKAGE, "Convert");
    private static final ClassName JDBC_TYPE_CODE = ClassName.get("org.hibernate.annotations", "JdbcTypeCode");
    private static final ClassName SQL_TYPES = ClassName.get("org.hibernate.type", "SqlTypes");
    private static final ClassName COLUMN_TRANSFORMER =
            ClassName.get("org.hibernate.annotations", "ColumnTransformer");

    private JpaAnnotations() {}

    /** {@code @Entity}, {@code @Table} and, for a composite key, {@code @IdClass(keyClass)}. */
    static List<AnnotationSpec> forEntity(Table table, ClassName keyClass) {
        List<AnnotationSpec> annotations = new ArrayList<>();
        annotations.add(AnnotationSpec.builder(ENTITY).build());
        annotations.add(OneLineAnnotation.builder(TABLE)
                .member("name", "$S", Identifiers.quote(table.name().name()))
                .member("schema", "$S", Identifiers.quote(table.name().schema()))
                .build());
        if (keyClass != null) {
            annotations.add(AnnotationSpec.builder(ID_CLASS).addMember("value", "$T.class", keyClass).build());
        }
        return annotations;
    }

    static List<AnnotationSpec> forEmbeddedId() {
        return List.of(AnnotationSpec.builder(EMBEDDED_ID).build());
    }

    /**
     * @param hibernate whether Hibernate's own type codes may be used: enums whose labels are their constant
     *     names bind as PostgreSQL enums, and json/jsonb columns mapped to String bind as JSON (Hibernate
     *     otherwise sends a varchar, and its schema validation rejects the column)
     */
    static List<AnnotationSpec> forField(EntityField field, boolean hibernate) {
        List<AnnotationSpec> annotations = new ArrayList<>();
        if (field.id()) {
            annotations.add(AnnotationSpec.builder(ID).build());
        }
        if (keyGenerated(field)) {
            annotations.add(OneLineAnnotation.builder(GENERATED)
                    .member("strategy", "$T.IDENTITY", GENERATION_TYPE).build());
        } else if (keySequence(field) != null) {
            annotations.addAll(sequenceGenerator(keySequence(field)));
        }
        if (field.version()) {
            annotations.add(AnnotationSpec.builder(VERSION).build());
        }
        if (field.type().nativeEnum()) {
            annotations.add(AnnotationSpec.builder(ENUMERATED).addMember("value", "$T.STRING", ENUM_TYPE).build());
            annotations.add(AnnotationSpec.builder(JDBC_TYPE_CODE)
                    .addMember("value", "$T.NAMED_ENUM", SQL_TYPES).build());
        } else if (field.type().enumType()) {
            ClassName converter = ((ClassName) field.type().javaType()).nestedClass(EnumConverterWriter.NAME);
            annotations.add(OneLineAnnotation.builder(CONVERT).member("converter", "$T.class", converter).build());
        } else if (hibernate && hibernateTypeCode(field) != null) {
            annotations.add(AnnotationSpec.builder(JDBC_TYPE_CODE)
                    .addMember("value", "$T.$L", SQL_TYPES, hibernateTypeCode(field)).build());
        } else if (hibernate && field.type().literalOf() != null) {
            // the literal is bound as a varchar, which PostgreSQL does not convert to a range implicitly
            annotations.add(OneLineAnnotation.builder(COLUMN_TRANSFORMER)
                    .member("write", "$S", "?::" + field.type().literalOf()).build());
        }
        annotations.add(column(field, hibernate));
        return annotations;
    }

    /**
     * The {@code SqlTypes} constant (Hibernate 6.6) a column needs, or null: JSON for json/jsonb as String (else a
     * varchar is sent, and schema validation rejects the column) or as its {@code @json} class (which Hibernate
     * then reads and writes with the JSON library on the class path), INTERVAL_SECOND for interval as Duration
     * (else Hibernate stores a Duration as numeric nanoseconds), INET for inet as InetAddress.
     */
    private static String hibernateTypeCode(EntityField field) {
        String type = field.column().type();
        TypeName javaType = field.type().javaType();
        boolean json = type.equals("json") || type.equals("jsonb");
        if (json && (javaType.equals(ClassName.get(String.class)) || field.tags().json() != null)) {
            return "JSON";
        }
        if (type.startsWith("interval") && javaType.equals(ClassName.get(Duration.class))) {
            return "INTERVAL_SECOND";
        }
        if (type.equals("inet") && javaType.equals(ColumnTypeMapper.INET_ADDRESS)) {
            return "INET";
        }
        return null;
    }

    private static AnnotationSpec column(EntityField field, boolean hibernate) {
        OneLineAnnotation column = OneLineAnnotation.builder(COLUMN)
                .member("name", "$S", Identifiers.quote(field.column().name()));
        if (field.column().notNull()) {
            column.member("nullable", "false");
        }
        ColumnType type = field.type();
        if (type.length() != null) {
            column.member("length", "$L", type.length());
        }
        if (type.precision() != null) {
            column.member("precision", "$L", type.precision()).member("scale", "$L", type.scale());
        }
        if (readOnly(field)) {
            column.member("insertable", "false").member("updatable", "false");
        }
        if (hibernate && field.domain() != null) {
            // Hibernate's schema validation reads a domain column as Types.DISTINCT named after the domain and
            // accepts it only when the mapping names that type; it is also the type DDL generation should use
            column.member("columnDefinition", "$S", field.domain());
        } else if (hibernate && type.literalOf() != null) {
            // schema validation accepts a column reported as Types.OTHER only when the mapping names its type,
            // which the JDBC metadata gives unqualified and unquoted
            List<String> parts = ColumnTypeMapper.identifierParts(type.literalOf());
            column.member("columnDefinition", "$S", parts.isEmpty() ? type.literalOf() : parts.get(parts.size() - 1));
        }
        return column.build();
    }

    /**
     * {@code @GeneratedValue(SEQUENCE)} and its {@code @SequenceGenerator}, named after the sequence (generator
     * names are global in a persistence unit, so the schema is part of it), with the sequence's increment as
     * allocation size: Hibernate's pooled optimizer then hands out exactly the values the sequence reserves.
     */
    private static List<AnnotationSpec> sequenceGenerator(Sequence sequence) {
        String generator = sequence.name().schema() + "." + sequence.name().name();
        return List.of(OneLineAnnotation.builder(GENERATED)
                        .member("strategy", "$T.SEQUENCE", GENERATION_TYPE).member("generator", "$S", generator).build(),
                OneLineAnnotation.builder(SEQUENCE_GENERATOR).member("name", "$S", generator)
                        .member("sequenceName", "$S", sequence.name().sql())
                        .member("allocationSize", "$L", sequence.options().increment()).build());
    }

    /** The sequence of a key column that draws from a standalone one counting up by a positive step, or null. */
    private static Sequence keySequence(EntityField field) {
        Sequence sequence = field.sequence();
        boolean usable = field.id() && sequence != null && sequence.options() != null
                && sequence.options().increment() > 0 && sequence.options().increment() <= Integer.MAX_VALUE;
        return usable ? sequence : null;
    }

    private static boolean keyGenerated(EntityField field) {
        return field.id() && field.generatedValue();
    }

    private static boolean readOnly(EntityField field) {
        Identity identity = field.column().identity();
        boolean always = identity != null && identity.generation() == Identity.Generation.ALWAYS;
        return field.column().generatedExpression() != null || (always && !keyGenerated(field))
                || field.writtenByAssociation();
    }
}
