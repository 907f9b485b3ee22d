package dev.schemata.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * One member of a generated entity as it is written: a record component, or a bean field with its getter
 * and setter.
 *
 * @param type the Java type
 * @param name the field or component name, unique within the entity
 * @param annotations its annotations, in order
 * @param javadoc its Javadoc, or empty
 * @param initializer the initial value of a bean field, or null
 * @param association whether it holds other entities, which {@code toString} leaves out (they may be lazy)
 */
record Member(TypeName type, String name, List<AnnotationSpec> annotations, String javadoc, CodeBlock initializer,
        boolean association) {

    Member {
        annotations = List.copyOf(annotations);
    }

    static Member basic(TypeName type, String name, List<AnnotationSpec> annotations, String javadoc) {
        return new Member(type, name, annotations, javadoc, null, false);
    }
}
