package dev.schemata.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code equals}, {@code hashCode} and {@code toString} of a bean entity, safe for JPA:
 * <ul>
 * <li>Two entities are equal when they are of the class and have equal, non-null identifiers (the key
 *     columns, or the embedded key); an entity without one equals only itself, so a new entity in a
 *     {@code HashSet} stays findable after it is persisted. The other side's identifier is read through
 *     its getter, which works on a lazy proxy. An entity without a primary key keeps identity semantics.
 * <li>{@code hashCode} is a constant of the class ({@code Customer.class.hashCode()}), since the identifier
 *     changes when the entity is persisted; a constant of the class rather than {@code getClass()}, so that
 *     a proxy (a subclass) and the entity it stands for hash alike.
 * <li>{@code toString} shows the columns, never associations, which may be lazy and would load (or fail).
 * </ul>
 */
final class ObjectMethods {
    private static final ClassName OBJECT = ClassName.get("java.lang", "Object");
    private static final ClassName STRING = ClassName.get("java.lang", "String");
    private static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");

    private ObjectMethods() {}

    static List<MethodSpec> write(ClassName entity, List<Member> members) {
        List<Member> identifier = members.stream().filter(m -> m.role() == Member.Role.IDENTIFIER).toList();
        List<MethodSpec> methods = new ArrayList<>();
        if (!identifier.isEmpty()) {
            methods.add(equalsMethod(entity, identifier));
            methods.add(MethodSpec.methodBuilder("hashCode")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(int.class)
                    .addStatement("return $T.class.hashCode()", entity)
                    .build());
        }
        methods.add(toStringMethod(entity, members));
        return methods;
    }

    private static MethodSpec equalsMethod(ClassName entity, List<Member> identifier) {
        List<CodeBlock> conditions = new ArrayList<>();
        for (Member member : identifier) {
            String getter = "get" + JavaNames.capitalize(member.name());
            conditions.add(member.type() instanceof ArrayTypeName
                    ? CodeBlock.of("this.$N != null && $T.equals(this.$N, that.$N())", member.name(), ARRAYS,
                            member.name(), getter)
                    : CodeBlock.of("this.$N != null && this.$N.equals(that.$N())", member.name(), member.name(),
                            getter));
        }
        return MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(OBJECT, "other")
                .beginControlFlow("if (this == other)")
                .addStatement("return true")
                .endControlFlow()
                .beginControlFlow("if (!(other instanceof $T that))", entity)
                .addStatement("return false")
                .endControlFlow()
                .addStatement("return $L", CodeBlock.join(conditions, "$W&& "))
                .build();
    }

    private static MethodSpec toStringMethod(ClassName entity, List<Member> members) {
        List<CodeBlock> parts = new ArrayList<>();
        String separator = entity.simpleName() + "[";
        for (Member member : members) {
            if (member.role() == Member.Role.ASSOCIATION) {
                continue;
            }
            CodeBlock value = member.type() instanceof ArrayTypeName
                    ? CodeBlock.of("$T.toString(this.$N)", ARRAYS, member.name())
                    : CodeBlock.of("this.$N", member.name());
            parts.add(CodeBlock.of("$S + $L", separator + member.name() + "=", value));
            separator = ", ";
        }
        CodeBlock body = parts.isEmpty()
                ? CodeBlock.of("$S", entity.simpleName() + "[]")
                : CodeBlock.of("$L$W+ $S", CodeBlock.join(parts, "$W+ "), "]");
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(STRING)
                .addStatement("return $L", body)
                .build();
    }
}
