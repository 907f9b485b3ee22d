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
 * @param role what it holds
 */
record Member(TypeName type, String name, List<AnnotationSpec> annotations, String javadoc, CodeBlock initializer,
        Role role) {

    /** What a member holds, which decides whether {@code equals} and {@code toString} use it. */
    enum Role {
        /** (Part of) the primary key: {@code equals} compares these. */
        IDENTIFIER,
        /** Any other column. */
        COLUMN,
        /** Other entities, possibly lazily loaded: {@code toString} leaves them out. */
        ASSOCIATION
    }

    Member {
        annotations = List.copyOf(annotations);
    }

    static Member column(TypeName type, String name, List<AnnotationSpec> annotations, String javadoc,
            boolean identifier) {
        return new Member(type, name, annotations, javadoc, null, identifier ? Role.IDENTIFIER : Role.COLUMN);
    }

    static Member association(TypeName type, String name, List<AnnotationSpec> annotations, CodeBlock initializer) {
        return new Member(type, name, annotations, "", initializer, Role.ASSOCIATION);
    }
}
