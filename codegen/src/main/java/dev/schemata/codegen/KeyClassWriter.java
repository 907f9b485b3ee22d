package dev.schemata.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes the nested key record of an entity with a composite primary key. As an {@code @IdClass} its
 * components are plain (the entity's {@code @Id} fields carry the mapping); as an {@code @Embeddable}
 * they carry the column mapping and constraints themselves.
 */
final class KeyClassWriter {
    private static final ClassName EMBEDDABLE = ClassName.get("jakarta.persistence", "Embeddable");

    private KeyClassWriter() {}

    static TypeSpec write(ClassName keyClass, List<EntityField> key, boolean embeddable,
            Function<EntityField, List<AnnotationSpec>> annotations) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        for (EntityField field : key) {
            ParameterSpec.Builder component = ParameterSpec.builder(field.type().javaType(), field.name());
            if (embeddable) {
                component.addAnnotations(annotations.apply(field).stream()
                        .filter(a -> !a.type().equals(JpaAnnotations.ID) && !a.type().equals(JpaAnnotations.GENERATED))
                        .toList());
            }
            constructor.addParameter(component.build());
        }
        TypeSpec.Builder type = TypeSpec.recordBuilder(keyClass)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(Serializable.class)
                .recordConstructor(constructor.build());
        if (embeddable) {
            type.addJavadoc("The primary key of {@link $T}, its {@code @EmbeddedId}.\n", keyClass.enclosingClassName())
                    .addAnnotation(AnnotationSpec.builder(EMBEDDABLE).build());
        } else {
            type.addJavadoc("The primary key of {@link $T}, for {@code @IdClass}.\n", keyClass.enclosingClassName());
        }
        return type.build();
    }
}
