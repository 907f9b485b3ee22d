package dev.schemata.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.schemata.catalog.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the class of one table: a record with one component per column, or a bean with private fields,
 * a no-arg constructor, getters and setters. A composite primary key gets a nested record {@code Key} of
 * the key columns (JPA's {@code @IdClass}), named {@code PrimaryKey} when the entity itself is {@code Key}.
 */
final class EntityWriter {
    private final CodegenOptions options;

    EntityWriter(CodegenOptions options) {
        this.options = options;
    }

    TypeSpec.Builder write(Table table, ClassName className, List<EntityField> fields) {
        boolean record = options.style() == CodegenOptions.Style.RECORD;
        TypeSpec.Builder type = record ? TypeSpec.recordBuilder(className) : TypeSpec.classBuilder(className);
        type.addModifiers(Modifier.PUBLIC);
        String doc = classJavadoc(table, fields, record);
        if (!doc.isEmpty()) {
            type.addJavadoc("$L", doc);
        }
        List<EntityField> key = fields.stream().filter(EntityField::id).toList();
        if (options.jpa()) {
            ClassName keyClass = key.size() > 1 ? className.nestedClass(keyName(className)) : null;
            type.addAnnotations(JpaAnnotations.forEntity(table, keyClass));
            if (keyClass != null) {
                type.addType(keyRecord(keyClass, key));
            }
        }
        if (record) {
            type.recordConstructor(recordConstructor(fields));
        } else {
            addBeanMembers(type, fields);
        }
        return type;
    }

    private String classJavadoc(Table table, List<EntityField> fields, boolean record) {
        List<String> paragraphs = new ArrayList<>();
        if (table.comment() != null && !table.comment().isBlank()) {
            paragraphs.add(Javadoc.escape(table.comment()));
        }
        paragraphs.add("Table {@code " + Javadoc.escape(table.name().sql()) + "}.");
        if (options.jpa() && fields.stream().noneMatch(EntityField::id)) {
            paragraphs.add("The table has no primary key, which JPA requires of an entity.");
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

    private static String recordParams(List<EntityField> fields) {
        StringBuilder params = new StringBuilder();
        for (EntityField field : fields) {
            String doc = field.javadoc();
            if (!doc.isEmpty()) {
                params.append("@param ").append(field.name()).append(' ').append(doc).append('\n');
            }
        }
        return params.toString();
    }

    private MethodSpec recordConstructor(List<EntityField> fields) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        for (EntityField field : fields) {
            constructor.addParameter(ParameterSpec.builder(field.type().javaType(), field.name())
                    .addAnnotations(annotations(field))
                    .build());
        }
        return constructor.build();
    }

    private void addBeanMembers(TypeSpec.Builder type, List<EntityField> fields) {
        for (EntityField field : fields) {
            FieldSpec.Builder spec = FieldSpec.builder(field.type().javaType(), field.name(), Modifier.PRIVATE)
                    .addAnnotations(annotations(field));
            if (!field.javadoc().isEmpty()) {
                spec.addJavadoc("$L\n", field.javadoc());
            }
            type.addField(spec.build());
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).build());
        for (EntityField field : fields) {
            String property = JavaNames.capitalize(field.name());
            type.addMethod(MethodSpec.methodBuilder("get" + property)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(field.type().javaType())
                    .addStatement("return $N", field.name())
                    .build());
            type.addMethod(MethodSpec.methodBuilder("set" + property)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(field.type().javaType(), field.name())
                    .addStatement("this.$N = $N", field.name(), field.name())
                    .build());
        }
    }

    private List<AnnotationSpec> annotations(EntityField field) {
        List<AnnotationSpec> annotations = new ArrayList<>();
        if (options.jpa()) {
            annotations.addAll(JpaAnnotations.forField(field));
        }
        if (options.validation()) {
            annotations.addAll(ValidationAnnotations.forField(field));
        }
        return annotations;
    }

    private static TypeSpec keyRecord(ClassName keyClass, List<EntityField> key) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        key.forEach(f -> constructor.addParameter(f.type().javaType(), f.name()));
        return TypeSpec.recordBuilder(keyClass)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(Serializable.class)
                .addJavadoc("The primary key of {@link $T}, for {@code @IdClass}.\n", keyClass.enclosingClassName())
                .recordConstructor(constructor.build())
                .build();
    }

    private static String keyName(ClassName entity) {
        return entity.simpleName().equals("Key") ? "PrimaryKey" : "Key";
    }
}
