package dev.schemata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemata.SchemaFilter;
import dev.schemata.codegen.CodegenOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reflective text of the settings records that go into the inputs' hash. No database. */
class RecordTextTest {
    public record Inner(String name, List<Integer> sizes) {}

    public record Outer(Inner inner, Object nothing, boolean flag, char letter, double share) {}

    @Test
    void theCodegenOptionsReadAsTheirOwnToString() {
        CodegenOptions options = CodegenOptions.builder()
                .packageName("com.example.model")
                .style(CodegenOptions.Style.BEAN)
                .hibernate(true)
                .keyStyle(CodegenOptions.KeyStyle.EMBEDDED_ID)
                .relations(true)
                .versionColumns("row_version")
                .typeOverrides(Map.of("inet", "java.net.InetAddress", "public.orders.total", "java.math.BigDecimal"))
                .build();
        assertEquals(options.toString(), RecordText.of(options));
        assertEquals(CodegenOptions.defaults().toString(), RecordText.of(CodegenOptions.defaults()));
    }

    @Test
    void theSchemaFilterReadsAsItsOwnToString() {
        SchemaFilter filter = new SchemaFilter(List.of("public", "sales"), List.of("audit"), List.of("tmp_*"));
        assertEquals(filter.toString(), RecordText.of(filter));
    }

    @Test
    void nestedRecordsNullsAndPrimitivesReadAsToStringHasThem() {
        Outer outer = new Outer(new Inner("a, b", List.of(1, 2)), null, true, 'x', 0.25);
        assertEquals(outer.toString(), RecordText.of(outer));
        assertEquals("Outer[inner=Inner[name=a, b, sizes=[1, 2]], nothing=null, flag=true, letter=x, share=0.25]",
                RecordText.of(outer));
    }
}
