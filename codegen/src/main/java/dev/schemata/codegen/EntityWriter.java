package dev.schemata.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.schemata.catalog.ConstraintKind;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.View;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the class of one table or view: a record with one component per column, or a bean with private fields,
 * a no-arg constructor, getters and setters. With JPA, a composite primary key gets a nested record
 * {@code Key} of the key columns ({@code PrimaryKey} when the entity itself is {@code Key}), as
 * {@code @IdClass} or {@code @EmbeddedId} (see {@link CodegenOptions.KeyStyle}).
 */
final class EntityWriter {
    private static final ClassName IMMUTABLE = ClassName.get("org.hibernate.annotations", "Immutable");

    private final CodegenOptions options;
    private final View view;
    private final boolean viewWithoutKey;

    EntityWriter(CodegenOptions options) {
        this(options, null, false);
    }

    private EntityWriter(CodegenOptions options, View view, boolean viewWithoutKey) {
        this.options = options;
        this.view = view;
        this.viewWithoutKey = viewWithoutKey;
    }

    /**
     * The writer of a view: no validation constraints (nothing is inserted), and without JPA when the view has
     * no key column (see {@link ViewEntities}), since an entity needs an id.
     */
    static EntityWriter forView(CodegenOptions options, View view) {
        boolean keyless = options.jpa() && !ViewEntities.hasKey(view);
        CodegenOptions readOnly = options.toBuilder().validation(false).jpa(options.jpa() && !keyless).build();
        return new EntityWriter(readOnly, view, keyless);
    }

    /** {@code associations}: members that hold other entities, written after the columns (beans only). */
    TypeSpec.Builder write(Table table, ClassName className, List<EntityField> fields, List<Member> associations) {
        boolean record = options.style() == CodegenOptions.Style.RECORD;
        TypeSpec.Builder type = record ? TypeSpec.recordBuilder(className) : TypeSpec.classBuilder(className);
        type.addModifiers(Modifier.PUBLIC);
        String doc = classJavadoc(table, fields, record);
        if (!doc.isEmpty()) {
            type.addJavadoc("$L", doc);
        }
        List<EntityField> key = fields.stream().filter(EntityField::id).toList();
        ClassName keyClass = options.jpa() && key.size() > 1 ? className.nestedClass(keyName(className)) : null;
        boolean embeddedId = keyClass != null && options.keyStyle() == CodegenOptions.KeyStyle.EMBEDDED_ID;
        if (options.jpa()) {
            type.addAnnotations(JpaAnnotations.forEntity(table, embeddedId ? null : keyClass));
            if (view != null && options.hibernate()) {
                type.addAnnotation(IMMUTABLE);
            }
        }
        type.addAnnotations(tagged(CommentTags.of(table)));
        List<Member> members = members(fields, embeddedId ? keyClass : null);
        members.addAll(associations);
        if (record) {
            type.recordConstructor(recordConstructor(members));
        } else {
            addBeanMembers(type, members);
            type.addMethods(ObjectMethods.write(className, members));
        }
        if (keyClass != null) {
            type.addType(KeyClassWriter.write(keyClass, key, embeddedId, this::annotations));
        }
        return type;
    }

    /**
     * The members in column order; with an embedded key, its one member ({@code id}, or {@code primaryKey} when
     * a column has that name) stands where the first key column was.
     */
    private List<Member> members(List<EntityField> fields, ClassName embeddedKey) {
        List<Member> members = new ArrayList<>();
        UniqueNames names = UniqueNames.forMembers();
        fields.stream().filter(f -> embeddedKey == null || !f.id()).forEach(f -> names.claim(f.name()));
        for (EntityField field : fields) {
            if (embeddedKey == null || !field.id()) {
                members.add(Member.column(field.type().javaType(), field.name(), annotations(field), javadoc(field),
                        field.id()));
            } else if (members.stream().noneMatch(m -> m.type().equals(embeddedKey))) {
                members.add(Member.column(embeddedKey, names.claimFirstFree("id", "primaryKey"),
                        JpaAnnotations.forEmbeddedId(), "", true));
            }
        }
        return members;
    }

    private String classJavadoc(Table table, List<EntityField> fields, boolean record) {
        List<String> paragraphs = new ArrayList<>();
        String comment = CommentTags.of(table).text();
        if (comment != null) {
            paragraphs.add(Javadoc.escape(comment));
        }
        paragraphs.add(kind() + " {@code " + Javadoc.escape(table.name().sql()) + "}.");
        if (viewWithoutKey) {
            paragraphs.add("Not an entity: JPA needs an id, and this view has no column named {@code "
                    + ViewEntities.KEY_COLUMN + "}.");
        }
        if (options.jpa() && fields.stream().noneMatch(EntityField::id)) {
            paragraphs.add("The table has no primary key, which JPA requires of an entity.");
        }
        boolean foreignKeys = table.constraints().stream().anyMatch(c -> c.kind() == ConstraintKind.FOREIGN_KEY);
        if (record && options.jpa() && options.relations() && foreignKeys) {
            paragraphs.add("Foreign keys are not mapped as associations here: a record cannot hold a lazily"
                    + "\nloaded entity. Generate beans for them.");
        }
        StringBuilder doc = new StringBuilder();
        for (String paragraph : paragraphs) {
            doc.append(doc.length() > 0 ? "\n<p>" : "").append(paragraph).append('\n');
        }
        String params = record ? recordParams(fields) : "";
        if (doc.length() > 0 && !params.isEmpty()) {
            doc.append('\n');
        }
        return doc.append(params).toString();
    }

    private String kind() {
        if (view == null) {
            return "Table";
        }
        return view.materialized() ? "Read-only: materialized view" : "Read-only: view";
    }

    private String recordParams(List<EntityField> fields) {
        StringBuilder params = new StringBuilder();
        for (EntityField field : fields) {
            String doc = javadoc(field);
            if (!doc.isEmpty()) {
                params.append("@param ").append(field.name()).append(' ').append(doc).append('\n');
            }
        }
        return params.toString();
    }

    /**
     * The member's Javadoc; for an {@code @json} column under JPA without Hibernate, a note that the project must
     * convert it: plain JPA has no JSON mapping, and a generated {@code @Convert} would have to guess the library.
     */
    private String javadoc(EntityField field) {
        String doc = field.javadoc();
        if (options.jpa() && !options.hibernate() && field.tags().json() != null) {
            String note = "Needs a JSON {@code AttributeConverter} for {@code " + Javadoc.escape(field.tags().json())
                    + "} (an {@code autoApply} one, or add it with {@code @jpa @jakarta.persistence.Convert(...)}).";
            doc = doc.isEmpty() ? note : doc + "\n" + note;
        }
        return doc;
    }

    private static MethodSpec recordConstructor(List<Member> members) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        for (Member member : members) {
            constructor.addParameter(ParameterSpec.builder(member.type(), member.name())
                    .addAnnotations(member.annotations())
                    .build());
        }
        return constructor.build();
    }

    private static void addBeanMembers(TypeSpec.Builder type, List<Member> members) {
        for (Member member : members) {
            FieldSpec.Builder spec = FieldSpec.builder(member.type(), member.name(), Modifier.PRIVATE)
                    .addAnnotations(member.annotations());
            if (!member.javadoc().isEmpty()) {
                spec.addJavadoc("$L\n", member.javadoc());
            }
            if (member.initializer() != null) {
                spec.initializer(member.initializer());
            }
            type.addField(spec.build());
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).build());
        for (Member member : members) {
            String property = JavaNames.capitalize(member.name());
            type.addMethod(MethodSpec.methodBuilder("get" + property)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(member.type())
                    .addStatement("return $N", member.name())
                    .build());
            type.addMethod(MethodSpec.methodBuilder("set" + property)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(member.type(), member.name())
                    .addStatement("this.$N = $N", member.name(), member.name())
                    .build());
        }
    }

    private List<AnnotationSpec> annotations(EntityField field) {
        List<AnnotationSpec> annotations = new ArrayList<>();
        if (options.jpa()) {
            annotations.addAll(JpaAnnotations.forField(field, options.hibernate()));
        }
        if (options.validation()) {
            annotations.addAll(ValidationAnnotations.forField(field));
        }
        annotations.addAll(tagged(field.tags()));
        return annotations;
    }

    /** The annotations of {@code @jpa} and {@code @validate} tags, each when its option is on. */
    private List<AnnotationSpec> tagged(CommentTags tags) {
        List<AnnotationSpec> annotations = new ArrayList<>();
        if (options.jpa()) {
            tags.jpa().forEach(a -> annotations.add(AnnotationSource.toSpec(a)));
        }
        if (options.validation()) {
            tags.validate().forEach(a -> annotations.add(AnnotationSource.toSpec(a)));
        }
        return annotations;
    }

    private static String keyName(ClassName entity) {
        return entity.simpleName().equals("Key") ? "PrimaryKey" : "Key";
    }
}
