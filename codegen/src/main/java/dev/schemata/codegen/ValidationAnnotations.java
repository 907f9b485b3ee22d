package dev.schemata.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code jakarta.validation} constraints a column implies. {@code @NotNull} only where the application
 * must supply the value: a NOT NULL column with a default, identity or generation expression is filled by
 * the database, so null is a valid Java value there before insert.
 */
final class ValidationAnnotations {
    private static final String PACKAGE = "jakarta.validation.constraints";
    private static final ClassName NOT_NULL = ClassName.get(PACKAGE, "NotNull");
    private static final ClassName SIZE = ClassName.get(PACKAGE, "Size");

    private ValidationAnnotations() {}

    static List<AnnotationSpec> forField(EntityField field) {
        List<AnnotationSpec> annotations = new ArrayList<>();
        if (field.column().notNull() && !field.databaseFills()) {
            annotations.add(AnnotationSpec.builder(NOT_NULL).build());
        }
        if (field.type().length() != null) {
            annotations.add(OneLineAnnotation.builder(SIZE).member("max", "$L", field.type().length()).build());
        }
        return annotations;
    }
}
