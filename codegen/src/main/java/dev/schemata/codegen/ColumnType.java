package dev.schemata.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * The Java side of a column type.
 *
 * @param javaType the boxed Java type of the field
 * @param length the n of {@code character varying(n)} and {@code character(n)}, or null
 * @param precision the p of {@code numeric(p,s)}, or null
 * @param scale the s of {@code numeric(p,s)}, or null
 * @param enumType whether the Java type is a generated enum (not an array of one)
 * @param nativeEnum whether that enum binds as the PostgreSQL enum type itself (Hibernate's named enum),
 *     which stores constant names, rather than through its label converter
 * @param unmapped the PostgreSQL type when it has no standard Java mapping (the Java type is then
 *     {@code Object}), or null
 * @param literalOf the PostgreSQL type whose values the field holds as their text literal, for example
 *     {@code [1,10)} of an {@code int4range} (written with a cast, {@code ?::int4range}), or null
 */
record ColumnType(TypeName javaType, Integer length, Integer precision, Integer scale, boolean enumType,
        boolean nativeEnum, String unmapped, String literalOf) {

    ColumnType(TypeName javaType, Integer length, Integer precision, Integer scale, boolean enumType,
            boolean nativeEnum, String unmapped) {
        this(javaType, length, precision, scale, enumType, nativeEnum, unmapped, null);
    }

    static ColumnType of(TypeName javaType) {
        return new ColumnType(javaType, null, null, null, false, false, null);
    }

    /** A String holding values of {@code sqlType} in their text form. */
    static ColumnType literal(String sqlType) {
        return new ColumnType(ClassName.get(String.class), null, null, null, false, false, null, sqlType);
    }
}
