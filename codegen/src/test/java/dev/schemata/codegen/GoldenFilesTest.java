package dev.schemata.codegen;

import dev.schemata.codegen.CodegenOptions.KeyStyle;
import dev.schemata.codegen.CodegenOptions.Style;
import org.junit.jupiter.api.Test;

/** The generated text, whole, for each style and option set; the files are meant to be read. */
class GoldenFilesTest {

    @Test
    void recordsWithJpaAndValidation() throws Exception {
        CodegenOptions options = CodegenOptions.builder().packageName("com.example.shop").build();
        GoldenFiles.assertMatches("record", EntityGenerator.generate(TestCatalogs.shop(), options));
    }

    @Test
    void beansWithJpaAndValidation() throws Exception {
        CodegenOptions options = CodegenOptions.builder().packageName("com.example.shop").style(Style.BEAN).build();
        GoldenFiles.assertMatches("bean", EntityGenerator.generate(TestCatalogs.shop(), options));
    }

    @Test
    void plainRecordsAndBeans() throws Exception {
        CodegenOptions records = CodegenOptions.builder().packageName("com.example.plain").jpa(false)
                .validation(false).build();
        GoldenFiles.assertMatches("plain-record", EntityGenerator.generate(TestCatalogs.shop(), records));
        CodegenOptions beans = records.toBuilder().style(Style.BEAN).build();
        GoldenFiles.assertMatches("plain-bean", EntityGenerator.generate(TestCatalogs.shop(), beans));
    }

    @Test
    void severalSchemas() throws Exception {
        CodegenOptions options = CodegenOptions.builder().packageName("com.example.multi").build();
        GoldenFiles.assertMatches("multi-schema", EntityGenerator.generate(TestCatalogs.multiSchema(), options));
    }

    @Test
    void featuresAsHibernateBeans() throws Exception {
        CodegenOptions options = CodegenOptions.builder().packageName("com.example.features").style(Style.BEAN)
                .hibernate(true).keyStyle(KeyStyle.EMBEDDED_ID).relations(true).inverseRelations(true)
                .typeOverride("inet", "java.net.InetAddress")
                .typeOverride("public.tagged_thing.amount", "java.math.BigInteger")
                .typeOverride("public.happiness", "java.math.BigInteger")
                .build();
        GoldenFiles.assertMatches("features-bean", EntityGenerator.generate(TestCatalogs.features(), options));
    }

    @Test
    void featuresAsRecordsIgnoreRelations() throws Exception {
        CodegenOptions options = CodegenOptions.builder().packageName("com.example.features").relations(true)
                .build();
        GoldenFiles.assertMatches("features-record", EntityGenerator.generate(TestCatalogs.features(), options));
    }
}
