package dev.schemata.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemata.catalog.Domain;
import dev.schemata.catalog.DomainConstraint;
import dev.schemata.catalog.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainChecksTest {

    @Test
    void valueOutsideLiteralsStandsForTheColumn() {
        assertEquals("(schemata_domain_value ~ 'VALUE'::text) AND \"VALUE\" AND VALUES_1",
                DomainChecks.withPlaceholder("(VALUE ~ 'VALUE'::text) AND \"VALUE\" AND VALUES_1"));
    }

    @Test
    void checksOfTheDomainBecomeFactsOfTheColumn() {
        Domain domain = new Domain(QualifiedName.of("public", "percent"), "integer", null, false, null, List.of(
                new DomainConstraint("percent_max", "CHECK ((VALUE <= 100))", true, null),
                new DomainConstraint("percent_min", "CHECK ((VALUE >= 0)) NOT VALID", false, null),
                new DomainConstraint("percent_odd", "CHECK (((VALUE % 2) = 1))", true, null)), null);
        ColumnChecks checks = DomainChecks.of(domain, ValueKind.INTEGER);
        assertEquals(0, checks.lower().value().intValue());
        assertEquals(100, checks.upper().value().intValue());
    }
}
