package dev.schemata.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.schemata.catalog.EnumType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes one Java enum per PostgreSQL enum type. Labels may be lowercase or hold spaces, so the constants
 * are UPPER_SNAKE forms of them (numbered when two labels give the same constant) and each keeps its
 * database label, with {@code label()} and {@code fromLabel(String)} to convert. With JPA, a nested
 * {@link EnumConverterWriter Converter} stores the label.
 */
final class EnumWriter {
    private static final ClassName STRING = ClassName.get("java.lang", "String");
    private static final ClassName ILLEGAL_ARGUMENT = ClassName.get("java.lang", "IllegalArgumentException");
    private static final String FALLBACK_CONSTANT = "VALUE";

    private EnumWriter() {}

    static TypeSpec.Builder write(EnumType enumType, ClassName className, boolean jpa) {
        TypeSpec.Builder type = TypeSpec.enumBuilder(className).addModifiers(Modifier.PUBLIC);
        String comment = CommentTags.of(enumType).text();
        if (comment != null) {
            type.addJavadoc("$L\n\n<p>", Javadoc.escape(comment));
        }
        type.addJavadoc("The labels of PostgreSQL enum type {@code $L}, in their sort order.\n",
                Javadoc.escape(enumType.name().sql()));
        List<String> constants = constantNames(enumType);
        for (int i = 0; i < constants.size(); i++) {
            type.addEnumConstant(constants.get(i),
                    TypeSpec.anonymousClassBuilder("$S", enumType.labels().get(i)).build());
        }
        if (jpa) {
            type.addType(EnumConverterWriter.write(className));
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

    /** The Java constant of each label, in label order. */
    static List<String> constantNames(EnumType enumType) {
        UniqueNames names = UniqueNames.forConstants();
        List<String> constants = new ArrayList<>();
        for (String label : enumType.labels()) {
            String constant = JavaNames.constantName(label);
            constants.add(names.claim(constant == null ? FALLBACK_CONSTANT : constant));
        }
        return constants;
    }

    /** Whether every constant is spelled as its label, so that a constant name stored is the label. */
    static boolean labelsAreNames(EnumType enumType) {
        return constantNames(enumType).equals(enumType.labels());
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
