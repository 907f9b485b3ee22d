package dev.schemata.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code jakarta.validation} constraints a column implies. {@code @NotNull} only where the application
 * must supply the value: a NOT NULL column with a default, identity or generation expression is filled by
 * the database, so null is a valid Java value there before insert. {@code @Size(max)} from
 * {@code character varying(n)}, {@code @Digits} from {@code numeric(p,s)}, and bounds, lengths and patterns
 * from CHECK constraints (see {@link CheckTranslator}): {@code @Min}/{@code @Max} for integer columns,
 * {@code @DecimalMin}/{@code @DecimalMax} for numeric ones ({@code inclusive = false} for a strict bound).
 */
final class ValidationAnnotations {
    private static final String PACKAGE = "jakarta.validation.constraints";
    private static final ClassName NOT_NULL = ClassName.get(PACKAGE, "NotNull");
    private static final ClassName SIZE = ClassName.get(PACKAGE, "Size");
    private static final ClassName MIN = ClassName.get(PACKAGE, "Min");
    private static final ClassName MAX = ClassName.get(PACKAGE, "Max");
    private static final ClassName DECIMAL_MIN = ClassName.get(PACKAGE, "DecimalMin");
    private static final ClassName DECIMAL_MAX = ClassName.get(PACKAGE, "DecimalMax");
    private static final ClassName DIGITS = ClassName.get(PACKAGE, "Digits");
    private static final ClassName PATTERN = ClassName.get(PACKAGE, "Pattern");
    private static final ClassName STRING = ClassName.get("java.lang", "String");
    private static final TypeName BIG_DECIMAL = ClassName.get(BigDecimal.class);
    private static final Set<TypeName> INTEGERS = Set.of(ClassName.get("java.lang", "Short"),
            ClassName.get("java.lang", "Integer"), ClassName.get("java.lang", "Long"));

    private ValidationAnnotations() {}

    static List<AnnotationSpec> forField(EntityField field) {
        List<AnnotationSpec> annotations = new ArrayList<>();
        if (field.column().notNull() && !field.databaseFills()) {
            annotations.add(AnnotationSpec.builder(NOT_NULL).build());
        }
        TypeName type = field.type().javaType();
        ColumnChecks checks = field.checks();
        if (INTEGERS.contains(type)) {
            addIntegerBounds(annotations, checks);
        } else if (type.equals(BIG_DECIMAL)) {
            addDecimalBounds(annotations, checks, field.type());
        }
        Integer maxLength = smaller(field.type().length(), checks.maxLength());
        if (type.equals(STRING) && (checks.minLength() != null || maxLength != null)) {
            OneLineAnnotation size = OneLineAnnotation.builder(SIZE);
            if (checks.minLength() != null) {
                size.member("min", "$L", checks.minLength());
            }
            if (maxLength != null) {
                size.member("max", "$L", maxLength);
            }
            annotations.add(size.build());
        }
        if (type.equals(STRING)) {
            checks.patterns().forEach(p ->
                    annotations.add(OneLineAnnotation.builder(PATTERN).member("regexp", "$S", p).build()));
        }
        return annotations;
    }

    private static void addIntegerBounds(List<AnnotationSpec> annotations, ColumnChecks checks) {
        Long min = checks.lower() == null ? null : IntegerBounds.least(checks.lower());
        Long max = checks.upper() == null ? null : IntegerBounds.greatest(checks.upper());
        if (min != null) {
            annotations.add(AnnotationSpec.builder(MIN).addMember("value", "$L", longLiteral(min)).build());
        }
        if (max != null) {
            annotations.add(AnnotationSpec.builder(MAX).addMember("value", "$L", longLiteral(max)).build());
        }
    }

    private static void addDecimalBounds(List<AnnotationSpec> annotations, ColumnChecks checks, ColumnType type) {
        addDecimal(annotations, DECIMAL_MIN, checks.lower());
        addDecimal(annotations, DECIMAL_MAX, checks.upper());
        if (type.precision() != null) {
            annotations.add(OneLineAnnotation.builder(DIGITS)
                    .member("integer", "$L", Math.max(0, type.precision() - type.scale()))
                    .member("fraction", "$L", type.scale()).build());
        }
    }

    private static void addDecimal(List<AnnotationSpec> annotations, ClassName type, ColumnChecks.Bound bound) {
        if (bound == null) {
            return;
        }
        String value = bound.value().toPlainString();
        annotations.add(bound.inclusive()
                ? AnnotationSpec.builder(type).addMember("value", "$S", value).build()
                : OneLineAnnotation.builder(type).member("value", "$S", value).member("inclusive", "false").build());
    }

    /** An int literal where it fits, so that {@code @Min(1)} reads as written; else a long one. */
    private static String longLiteral(long value) {
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? Long.toString(value) : value + "L";
    }

    private static Integer smaller(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
    }
}
