package dev.schemata.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes the nested {@code Converter} of a generated enum: a JPA {@code AttributeConverter} that stores the
 * PostgreSQL label, not the constant name that {@code @Enumerated(EnumType.STRING)} would store.
 */
final class EnumConverterWriter {
    static final String NAME = "Converter";
    private static final String PACKAGE = "jakarta.persistence";
    private static final ClassName ATTRIBUTE_CONVERTER = ClassName.get(PACKAGE, "AttributeConverter");
    private static final ClassName CONVERTER = ClassName.get(PACKAGE, "Converter");
    private static final ClassName STRING = ClassName.get("java.lang", "String");

    private EnumConverterWriter() {}

    static TypeSpec write(ClassName enumClass) {
        return TypeSpec.classBuilder(enumClass.nestedClass(NAME))
                .addJavadoc("Maps {@link $T} to its PostgreSQL label and back, for {@code @Convert}.\n\n"
                        + "<p>The label goes to the database as a string: for a column of the enum type itself,"
                        + " PostgreSQL\naccepts it only when the JDBC driver sends strings untyped (PgJDBC's"
                        + " {@code stringtype=unspecified}).\n", enumClass)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addAnnotation(AnnotationSpec.builder(CONVERTER).build())
                .addSuperinterface(ParameterizedTypeName.get(ATTRIBUTE_CONVERTER, enumClass, STRING))
                .addMethod(MethodSpec.methodBuilder("convertToDatabaseColumn")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(STRING)
                        .addParameter(enumClass, "value")
                        .addStatement("return value == null ? null : value.label()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("convertToEntityAttribute")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(enumClass)
                        .addParameter(STRING, "label")
                        .addStatement("return label == null ? null : fromLabel(label)")
                        .build())
                .build();
    }
}
