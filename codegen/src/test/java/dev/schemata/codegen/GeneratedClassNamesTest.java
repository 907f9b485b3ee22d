package dev.schemata.codegen;

import static dev.schemata.codegen.TestCatalogs.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.EnumType;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedClassNamesTest {

    @Test
    void oneSchemaGoesToTheConfiguredPackageWhateverItsName() {
        Catalog catalog = catalog(List.of(plain("app", "orders")), List.of(enumType("app", "status")));
        GeneratedClassNames names = GeneratedClassNames.of(catalog, "db");
        assertEquals("db.Orders", names.table(QualifiedName.of("app", "orders")).canonicalName());
        assertEquals("db.Status", names.enums().get(QualifiedName.of("app", "status")).canonicalName());
    }

    @Test
    void severalSchemasGetSubpackagesExceptPublic() {
        Catalog catalog = catalog(List.of(plain("public", "customer"), plain("sales", "invoice"),
                plain("Sales", "report")), List.of());
        GeneratedClassNames names = GeneratedClassNames.of(catalog, "db");
        assertEquals("db.Customer", names.table(QualifiedName.of("public", "customer")).canonicalName());
        assertEquals("db.sales2.Invoice", names.table(QualifiedName.of("sales", "invoice")).canonicalName());
        assertEquals("db.sales.Report", names.table(QualifiedName.of("Sales", "report")).canonicalName(),
                "\"Sales\" sorts before \"sales\" and claims the segment first");
    }

    @Test
    void aTableNameInTwoSchemasIsPrefixedInBoth() {
        Catalog catalog = catalog(List.of(plain("public", "orders"), plain("sales", "orders"),
                plain("sales", "customer")), List.of());
        GeneratedClassNames names = GeneratedClassNames.of(catalog, "db");
        assertEquals("db.PublicOrders", names.table(QualifiedName.of("public", "orders")).canonicalName());
        assertEquals("db.sales.SalesOrders", names.table(QualifiedName.of("sales", "orders")).canonicalName());
        assertEquals("db.sales.Customer", names.table(QualifiedName.of("sales", "customer")).canonicalName());
    }

    @Test
    void tablesClaimNamesBeforeEnumTypes() {
        Catalog catalog = catalog(List.of(plain("public", "status")), List.of(enumType("public", "status")));
        GeneratedClassNames names = GeneratedClassNames.of(catalog, "db");
        assertEquals("db.Status", names.table(QualifiedName.of("public", "status")).canonicalName());
        assertEquals("db.Status2", names.enums().get(QualifiedName.of("public", "status")).canonicalName());
    }

    @Test
    void namesWithoutLettersFallBack() {
        Catalog catalog = catalog(List.of(plain("public", "?")), List.of(enumType("public", "!")));
        GeneratedClassNames names = GeneratedClassNames.of(catalog, "db");
        assertEquals("db.Table", names.table(QualifiedName.of("public", "?")).canonicalName());
        assertEquals("db.Type", names.enums().get(QualifiedName.of("public", "!")).canonicalName());
    }

    private static Catalog catalog(List<Table> tables, List<EnumType> enums) {
        return new Catalog(List.of(), tables, enums, List.of());
    }

    private static Table plain(String schema, String name) {
        return table(schema, name, null, List.of(), Column.of("id", "integer"));
    }

    private static EnumType enumType(String schema, String name) {
        return new EnumType(QualifiedName.of(schema, name), List.of("a"), null);
    }
}
