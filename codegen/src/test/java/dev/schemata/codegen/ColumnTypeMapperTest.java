package dev.schemata.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import dev.schemata.catalog.QualifiedName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnTypeMapperTest {
    private static final ClassName MOOD = ClassName.get("db", "Mood");
    private static final ClassName SALES_MOOD = ClassName.get("db.sales", "SalesMood");
    private static final ClassName QUOTED = ClassName.get("db", "OrderStatus");
    private static final ClassName AUDIT_LEVEL = ClassName.get("db.audit", "Level");
    private final ColumnTypeMapper mapper = new ColumnTypeMapper(Map.of(
            QualifiedName.of("public", "mood"), MOOD,
            QualifiedName.of("sales", "mood"), SALES_MOOD,
            QualifiedName.of("public", "Order Status"), QUOTED,
            QualifiedName.of("audit", "level"), AUDIT_LEVEL));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "smallint                         | java.lang.Short",
        "integer                          | java.lang.Integer",
        "bigint                           | java.lang.Long",
        "numeric                          | java.math.BigDecimal",
        "numeric(10,2)                    | java.math.BigDecimal",
        "real                             | java.lang.Float",
        "double precision                 | java.lang.Double",
        "boolean                          | java.lang.Boolean",
        "text                             | java.lang.String",
        "character varying                | java.lang.String",
        "character varying(20)            | java.lang.String",
        "character(1)                     | java.lang.String",
        "bpchar                           | java.lang.String",
        "\"char\"                         | java.lang.String",
        "name                             | java.lang.String",
        "citext                           | java.lang.String",
        "extensions.citext                | java.lang.String",
        "json                             | java.lang.String",
        "jsonb                            | java.lang.String",
        "bytea                            | byte[]",
        "uuid                             | java.util.UUID",
        "date                             | java.time.LocalDate",
        "time without time zone           | java.time.LocalTime",
        "time(6) without time zone        | java.time.LocalTime",
        "time with time zone              | java.time.OffsetTime",
        "timestamp without time zone      | java.time.LocalDateTime",
        "timestamp(3) without time zone   | java.time.LocalDateTime",
        "timestamp with time zone         | java.time.OffsetDateTime",
        "interval                         | java.time.Duration",
        "interval(3)                      | java.time.Duration",
        "interval day to second(3)        | java.time.Duration",
        "integer[]                        | java.util.List<java.lang.Integer>",
        "text[]                           | java.util.List<java.lang.String>",
        "character varying(10)[]          | java.util.List<java.lang.String>",
        "timestamp with time zone[]       | java.util.List<java.time.OffsetDateTime>",
        "bytea[]                          | java.util.List<byte[]>",
        "mood                             | db.Mood",
        "public.mood                      | db.Mood",
        "sales.mood                       | db.sales.SalesMood",
        "\"Order Status\"                 | db.OrderStatus",
        "public.\"Order Status\"          | db.OrderStatus",
        "mood[]                           | java.util.List<db.Mood>",
        "level                            | db.audit.Level",
    })
    void mapsKnownTypes(String sqlType, String javaType) {
        ColumnType type = mapper.map(sqlType, "other");
        assertEquals(javaType, type.javaType().toString());
        assertNull(type.unmapped());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "inet", "cidr", "xml", "money", "bit(8)", "bit varying(8)", "tsvector", "int4range", "tstzrange",
        "geometry", "public.positive_int", "\"Mood\"", "missing.mood", "inet[]",
    })
    void everythingElseIsObjectAndSaysSo(String sqlType) {
        ColumnType type = mapper.map(sqlType, "public");
        assertEquals(sqlType, type.unmapped());
        assertTrue(type.javaType().toString().endsWith("Object")
                || type.javaType().toString().equals("java.util.List<java.lang.Object>"), type.javaType().toString());
    }

    @Test
    void aBareEnumNameMeansPublicFirstThenTheTablesSchema() {
        assertEquals(MOOD, mapper.map("mood", "sales").javaType());
        ColumnTypeMapper noPublic = new ColumnTypeMapper(Map.of(
                QualifiedName.of("a", "mood"), MOOD, QualifiedName.of("b", "mood"), SALES_MOOD));
        assertEquals(SALES_MOOD, noPublic.map("mood", "b").javaType());
        assertEquals("mood", noPublic.map("mood", "c").unmapped(), "ambiguous: never guess");
    }

    @Test
    void sizesComeFromTheTypeModifiers() {
        ColumnType varchar = mapper.map("character varying(20)", "public");
        assertEquals(20, varchar.length());
        assertNull(varchar.precision());
        ColumnType numeric = mapper.map("numeric(10,2)", "public");
        assertEquals(10, numeric.precision());
        assertEquals(2, numeric.scale());
        assertNull(numeric.length());
        assertEquals(0, mapper.map("numeric(7)", "public").scale());
        assertNull(mapper.map("numeric", "public").precision());
        assertNull(mapper.map("timestamp(3) with time zone", "public").length());
        assertNull(mapper.map("character varying(20)[]", "public").length(), "a size of an array is no length");
    }

    @Test
    void onlyAPlainEnumColumnIsAnEnum() {
        assertTrue(mapper.map("mood", "public").enumType());
        assertFalse(mapper.map("mood[]", "public").enumType());
        assertFalse(mapper.map("text", "public").enumType());
    }

    @Test
    void identifierPartsUnquote() {
        assertEquals(List.of("sales", "Order \"Big\" Status"),
                ColumnTypeMapper.identifierParts("sales.\"Order \"\"Big\"\" Status\""));
        assertEquals(List.of("a.b"), ColumnTypeMapper.identifierParts("\"a.b\""));
        assertEquals(List.of(), ColumnTypeMapper.identifierParts("\"open"));
    }
}
