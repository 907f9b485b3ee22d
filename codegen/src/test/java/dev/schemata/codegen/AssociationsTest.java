package dev.schemata.codegen;

import static dev.schemata.codegen.TestCatalogs.fk;
import static dev.schemata.codegen.TestCatalogs.pk;
import static dev.schemata.codegen.TestCatalogs.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.Table;
import dev.schemata.codegen.CodegenOptions.Style;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssociationsTest {

    @Test
    void pluralsAreSimple() {
        assertEquals(List.of("orderLines", "boxes", "batches", "categories", "days", "orders", "news"),
                List.of("orderLine", "box", "batch", "category", "day", "orders", "news").stream()
                        .map(Associations::plural).toList());
    }

    @Test
    void takenNamesFallBackToTheTableThenToASuffix() {
        Table customer = table("public", "customer", null, List.of(pk("customer_pkey", "id")),
                Column.of("id", "bigint").withNotNull(true));
        Table invoice = table("public", "invoice", null, List.of(pk("invoice_pkey", "id"),
                        fk("invoice_a_fkey", List.of("customer_id"), "customer", "id"),
                        fk("invoice_b_fkey", List.of("payer_id"), "customer", "id"),
                        fk("invoice_c_fkey", List.of("parent"), "invoice", "id")),
                Column.of("id", "bigint").withNotNull(true),
                Column.of("customer", "text"), // takes the name customer_id would get
                Column.of("customer_id", "bigint"),
                Column.of("payer_id", "bigint"),
                Column.of("parent", "bigint"));
        Catalog catalog = new Catalog(List.of(), List.of(customer, invoice), List.of(), List.of());
        CodegenOptions options = CodegenOptions.builder().style(Style.BEAN).relations(true).inverseRelations(true)
                .build();
        GeneratedSources sources = EntityGenerator.generate(catalog, options);
        String invoiceSource = sources.file("generated/Invoice.java").orElseThrow().content();
        for (String expected : List.of("private Customer customer2;", "private Customer payer;",
                "private Invoice invoice;", "@OneToMany(mappedBy = \"invoice\")\n    private List<Invoice> invoices")) {
            assertTrue(invoiceSource.contains(expected), expected + " in\n" + invoiceSource);
        }
        String customerSource = sources.file("generated/Customer.java").orElseThrow().content();
        assertTrue(customerSource.contains("@OneToMany(mappedBy = \"customer2\")\n    private List<Invoice> invoices"),
                customerSource);
        assertTrue(customerSource.contains("@OneToMany(mappedBy = \"payer\")\n    private List<Invoice> invoicesByPayer"),
                customerSource);
        assertEquals(sources, EntityGenerator.generate(catalog, options));
    }
}
