package dev.schemata.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an annotation that prints on one line, {@code @Column(name = "id", nullable = false)}. JavaPoet
 * puts each named member of a type or field annotation on a line of its own; an annotation whose only
 * member is {@code value} it prints inline, so the named members go in as one such value.
 */
final class OneLineAnnotation {
    private final ClassName type;
    private final List<CodeBlock> members = new ArrayList<>();

    private OneLineAnnotation(ClassName type) {
        this.type = type;
    }

    static OneLineAnnotation builder(ClassName type) {
        return new OneLineAnnotation(type);
    }

    /** Adds {@code name = value}, the value formatted as in {@link CodeBlock#of}. */
    OneLineAnnotation member(String name, String format, Object... args) {
        members.add(CodeBlock.builder().add(name + " = ").add(format, args).build());
        return this;
    }

    AnnotationSpec build() {
        if (members.isEmpty()) {
            return AnnotationSpec.builder(type).build();
        }
        return AnnotationSpec.builder(type).addMember("value", CodeBlock.join(members, ", ")).build();
    }
}
