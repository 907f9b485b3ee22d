package dev.schemata.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Builds an annotation that prints on one line, {@code @Column(name = "id", nullable = false)}. JavaPoet
 * puts each named member of a type or field annotation on a line of its own; an annotation whose only
 * member is {@code value} it prints inline, so the named members go in as one such value.
 */
final class OneLineAnnotation {
    private final ClassName type;
    /**
     * The members as one format, {@code name = $S, nullable = false}: JavaPoet emits each part of a block on its
     * own, and entities carry thousands of these annotations, so one block prints faster than a block per member.
     */
    private final StringBuilder members = new StringBuilder();
    private final List<Object> memberArgs = new ArrayList<>();

    private OneLineAnnotation(ClassName type) {
        this.type = type;
    }

    static OneLineAnnotation builder(ClassName type) {
        return new OneLineAnnotation(type);
    }

    /** Adds {@code name = value}, the value formatted as in {@link CodeBlock#of} with relative arguments only. */
    OneLineAnnotation member(String name, String format, Object... args) {
        members.append(members.isEmpty() ? "" : ", ").append(name).append(" = ").append(format);
        Collections.addAll(memberArgs, args);
        return this;
    }

    AnnotationSpec build() {
        if (members.isEmpty()) {
            return AnnotationSpec.builder(type).build();
        }
        return AnnotationSpec.builder(type).addMember("value", members.toString(), memberArgs.toArray()).build();
    }
}
