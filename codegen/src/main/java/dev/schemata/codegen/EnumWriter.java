package dev.schemata.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.schemata.catalog.EnumType;
import javax.lang.model.element.Modifier;

/**
 * Writes one Java enum per PostgreSQL enum type. Labels may be lowercase or hold spaces, so the constants
 * are UPPER_SNAKE forms of them (numbered when two labels give the same constant) and each keeps its
 * database label, with {@code label()} and {@code fromLabel(String)} to convert.
 */
final class EnumWriter {
    private static final ClassName STRING = ClassName.get("java.lang", "String");
    private static final ClassName ILLEGAL_ARGUMENT = ClassName.get("java.lang", "IllegalArgumentException");
    private static final String FALLBACK_CONSTANT = "VALUE";

    private EnumWriter() {}

    /** With {@code jpa}, notes where {@code @Enumerated(EnumType.STRING)} would store a name, not the label. */
    static TypeSpec.Builder write(EnumType enumType, ClassName className, boolean jpa) {
        TypeSpec.Builder type = TypeSpec.enumBuilder(className).addModifiers(Modifier.PUBLIC);
        if (enumType.comment() != null && !enumType.comment().isBlank()) {
            type.addJavadoc("$L\n\n<p>", Javadoc.escape(enumType.comment()));
        }
        type.addJavadoc("The labels of PostgreSQL enum type {@code $L}, in their sort order.\n",
                Javadoc.escape(enumType.name().sql()));
        UniqueNames constants = UniqueNames.forConstants();
        boolean renamed = false;
        for (String label : enumType.labels()) {
            String constant = JavaNames.constantName(label);
            String name = constants.claim(constant == null ? FALLBACK_CONSTANT : constant);
            type.addEnumConstant(name, TypeSpec.anonymousClassBuilder("$S", label).build());
            renamed |= !name.equals(label);
        }
        if (jpa && renamed) {
            type.addJavadoc("\n<p>JPA's {@code @Enumerated(EnumType.STRING)} stores {@code name()}, which differs"
                    + " from the label here:\nconvert with {@code label()} and {@code fromLabel} (an"
                    + " {@code AttributeConverter}) to store labels.\n");
        }
        return type
                .addField(STRING, "label", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(STRING, "label")
                        .addStatement("this.label = label")
                        .build())
                .addMethod(MethodSpec.methodBuilder("label")
                        .addJavadoc("The label as PostgreSQL stores it.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(STRING)
                        .addStatement("return label")
                        .build())
                .addMethod(fromLabel(className));
    }

    private static MethodSpec fromLabel(ClassName className) {
        return MethodSpec.methodBuilder("fromLabel")
                .addJavadoc("The constant of a database label.\n\n@throws IllegalArgumentException for an unknown"
                        + " label\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(className)
                .addParameter(STRING, "label")
                .beginControlFlow("for ($T value : values())", className)
                .beginControlFlow("if (value.label.equals(label))")
                .addStatement("return value")
                .endControlFlow()
                .endControlFlow()
                .addStatement("throw new $T($S + label)", ILLEGAL_ARGUMENT, "no " + className.simpleName()
                        + " label: ")
                .build();
    }
}
