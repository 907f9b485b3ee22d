package dev.schemata.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An annotation given as source text in a comment tag, {@code @jakarta.persistence.Lob} or
 * {@code @org.hibernate.annotations.ColumnDefault("0")}: the type must be fully qualified, so that the
 * generated file can import it; the arguments are copied as written.
 */
final class AnnotationSource {
    private static final Pattern SHAPE = Pattern.compile("@([\\w$.]+)(?:\\((.*)\\))?", Pattern.DOTALL);

    private AnnotationSource() {}

    /** {@code value} when it has the shape of an annotation, else an error saying what {@code where} needs. */
    static String checked(String value, String where) {
        Matcher m = SHAPE.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException(where + ": '" + value + "' is not an annotation; write one such as"
                    + " @jakarta.persistence.Lob or @com.acme.Audited(\"x\"), with its fully qualified type.");
        }
        JavaTypes.checked(m.group(1), where);
        return value;
    }

    static AnnotationSpec toSpec(String source) {
        Matcher m = SHAPE.matcher(source);
        if (!m.matches()) {
            throw new IllegalStateException("not checked: " + source);
        }
        AnnotationSpec.Builder spec = AnnotationSpec.builder(ClassName.bestGuess(m.group(1)));
        if (m.group(2) != null && !m.group(2).isBlank()) {
            spec.addMember("value", "$L", m.group(2).strip());
        }
        return spec.build();
    }
}
