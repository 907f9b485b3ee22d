package dev.schemata.introspect;

import dev.schemata.FreshDatabases;

import static dev.schemata.FreshDatabases.execute;
import static dev.schemata.introspect.TestResources.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemata.SchemaFilter;
import dev.schemata.catalog.Aggregate;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Collation;
import dev.schemata.catalog.CompositeType;
import dev.schemata.catalog.Domain;
import dev.schemata.catalog.EnumType;
import dev.schemata.catalog.EventTrigger;
import dev.schemata.catalog.ExtendedStatistics;
import dev.schemata.catalog.Extension;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.RangeType;
import dev.schemata.catalog.Routine;
import dev.schemata.catalog.Schema;
import dev.schemata.catalog.Sequence;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.View;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which objects are in scope: user schemas the filter accepts, nothing an extension owns. */
class CatalogReaderScopeTest {
    private static FreshDatabases databases;

    @BeforeAll
    static void start() throws Exception {
        databases = FreshDatabases.start("t");
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    @Test
    void readsEveryUserSchemaWithoutAFilter() throws Exception {
        Catalog catalog = readThreeSchemas(SchemaFilter.allUserSchemas());
        assertEquals(List.of("alpha", "beta", "gamma", "public"), schemaNames(catalog));
        assertEquals(List.of("alpha.a", "beta.b", "gamma.g"), names(catalog.tables().stream().map(Table::name)));
        assertEquals(List.of("beta.kind"), names(catalog.enums().stream().map(EnumType::name)));
        assertEquals(List.of("gamma.counter"), names(catalog.sequences().stream().map(Sequence::name)));
        assertEquals(List.of("citext", "hstore"), catalog.extensions().stream().map(Extension::name).toList(),
                "not plpgsql: it lives in pg_catalog");
        Extension hstore = catalog.extension("hstore").orElseThrow();
        assertEquals(true, hstore.relocatable());
        assertEquals(true, hstore.members().containsAll(List.of("hstore", "gin_hstore_ops", "->", "exist")),
                "its members: types, operator classes, operators, functions: " + hstore.members());
        assertEquals(List.of("alpha.av", "beta.bv", "gamma.gm"), names(catalog.views().stream().map(View::name)));
        assertEquals(List.of("alpha.touch()", "beta.f(integer)", "gamma.on_ddl()", "gamma.p()"), catalog.routines().stream().map(Routine::signature).toList(),
                "not the functions of citext and hstore");
        assertEquals(List.of("beta.b b_touch", "gamma.g g_touch"), triggers(catalog));
        assertEquals(List.of("gamma_watch"), catalog.eventTriggers().stream().map(EventTrigger::name).toList());
        assertEquals(List.of("alpha.d"), names(catalog.domains().stream().map(Domain::name)));
        assertEquals(List.of("gamma.pair"), names(catalog.compositeTypes().stream().map(CompositeType::name)));
        assertEquals(List.of("beta.b b_all", "gamma.g g_all"), policies(catalog));
        assertEquals(List.of("view alpha.av needs table alpha.a", "view beta.bv needs table alpha.a",
                "view beta.bv needs table beta.b", "materialized view gamma.gm needs table gamma.g"),
                dependencies(catalog));
        assertEquals(List.of("TABLE alpha.a PUBLIC SELECT", "TABLE gamma.g PUBLIC SELECT"), privileges(catalog),
                "not the public schema's USAGE for PUBLIC: every database has it");
        assertEquals(List.of("beta.c"), names(catalog.collations().stream().map(Collation::name)));
        assertEquals(List.of("beta.b_stats", "gamma.b_stats"),
                names(catalog.statistics().stream().map(ExtendedStatistics::name)));
        assertEquals(List.of("gamma.total(integer)"), catalog.aggregates().stream().map(Aggregate::signature).toList(),
                "not the aggregates of citext");
        assertEquals(List.of("alpha.r"), names(catalog.rangeTypes().stream().map(RangeType::name)));
    }

    @Test
    void includeThenExcludeLimitsEveryKindOfObject() throws Exception {
        Catalog catalog = readThreeSchemas(new SchemaFilter(List.of("beta", "gamma"), List.of("gamma")));
        assertEquals(List.of("beta"), schemaNames(catalog));
        assertEquals(List.of("beta.b"), names(catalog.tables().stream().map(Table::name)));
        assertEquals(List.of("beta.kind"), names(catalog.enums().stream().map(EnumType::name)));
        assertEquals(List.of(), catalog.sequences());
        assertEquals(List.of("citext"), catalog.extensions().stream().map(Extension::name).toList());
        assertEquals(List.of("beta.bv"), names(catalog.views().stream().map(View::name)));
        assertEquals(List.of("beta.f(integer)"), catalog.routines().stream().map(Routine::signature).toList());
        assertEquals(List.of("beta.b b_touch"), triggers(catalog), "on a table in scope, whatever its function");
        assertEquals(List.of(), catalog.eventTriggers(), "its function is out of scope");
        assertEquals(List.of(), catalog.domains());
        assertEquals(List.of(), catalog.compositeTypes());
        assertEquals(List.of("beta.b b_all"), policies(catalog));
        assertEquals(List.of("view beta.bv needs table beta.b"), dependencies(catalog), "not what is out of scope");
        assertEquals(List.of(), privileges(catalog));
        assertEquals(List.of("beta.c"), names(catalog.collations().stream().map(Collation::name)));
        assertEquals(List.of("beta.b_stats"), names(catalog.statistics().stream().map(ExtendedStatistics::name)),
                "in scope by its own schema, not its table's");
        assertEquals(List.of(), catalog.aggregates());
        assertEquals(List.of(), catalog.rangeTypes());
        assertEquals(QualifiedName.of("alpha", "a"), catalog.tables().get(0).constraint("b_a_id_fkey")
                .orElseThrow().foreignKey().referencedTable(), "a reference out of scope is kept by name");
    }

    @Test
    void excludeAloneKeepsTheOtherSchemas() throws Exception {
        Catalog catalog = readThreeSchemas(new SchemaFilter(List.of(), List.of("public", "alpha")));
        assertEquals(List.of("beta", "gamma"), schemaNames(catalog));
        assertEquals(List.of("beta.b", "gamma.g"), names(catalog.tables().stream().map(Table::name)));
        assertEquals(List.of("beta.bv", "gamma.gm"), names(catalog.views().stream().map(View::name)));
        assertEquals(List.of("beta.b b_touch", "gamma.g g_touch"), triggers(catalog));
        assertEquals(List.of("gamma_watch"), catalog.eventTriggers().stream().map(EventTrigger::name).toList());
    }

    @Test
    void leavesOutWhatExtensionsOwnButReadsTablesThatUseTheirTypes() throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, resource("extensions.sql"));
            String text = CatalogReader.read(c, SchemaFilter.allUserSchemas()).toCanonicalText();
            assertEquals(resource("extensions.txt"), text);
        }
    }

    private static Catalog readThreeSchemas(SchemaFilter filter) throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, resource("three-schemas.sql"));
            return CatalogReader.read(c, filter);
        }
    }

    private static List<String> triggers(Catalog catalog) {
        return catalog.triggers().stream().map(t -> t.table() + " " + t.name()).toList();
    }

    private static List<String> policies(Catalog catalog) {
        return catalog.policies().stream().map(p -> p.table() + " " + p.name()).toList();
    }

    private static List<String> dependencies(Catalog catalog) {
        return catalog.dependencies().stream().map(d -> d.dependent() + " needs " + d.referenced()).toList();
    }

    private static List<String> privileges(Catalog catalog) {
        return catalog.privileges().stream().map(p -> p.on() + " " + p.grantee() + " " + p.privilege()).toList();
    }

    private static List<String> schemaNames(Catalog catalog) {
        return catalog.schemas().stream().map(Schema::name).toList();
    }

    private static List<String> names(java.util.stream.Stream<QualifiedName> names) {
        return names.map(QualifiedName::toString).toList();
    }
}
