package dev.schemata.diff;

import static dev.schemata.plan.TestCatalogs.col;
import static dev.schemata.plan.TestCatalogs.name;
import static dev.schemata.plan.TestCatalogs.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Dependency;
import dev.schemata.catalog.Index;
import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.Operator;
import dev.schemata.catalog.OperatorClass;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.TextSearchConfiguration;
import dev.schemata.catalog.TextSearchConfiguration.Mapping;
import dev.schemata.catalog.TextSearchDictionary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Operators and text search objects: altered in place where PostgreSQL can, else rebuilt with their users. */
class OperatorDiffTest {
    private static final String OPTIONS = "FUNCTION = public.eq, LEFTARG = text, RIGHTARG = text";

    @Test
    void newEstimatorsAlterTheOperatorInPlaceANewFunctionRecreatesIt() {
        Operator plain = operator(OPTIONS, null);
        Operator estimated = operator(OPTIONS, "eqsel");
        Operator other = operator("FUNCTION = public.eq2, LEFTARG = text, RIGHTARG = text", null);
        assertEquals(List.of(new Change.SetOperatorEstimators(estimated)), diff(plain, estimated));
        assertEquals(List.of(new Change.DropOperator(plain), new Change.CreateOperator(other)), diff(plain, other));
    }

    @Test
    void dictionaryOptionsAreSetAndRemovedInPlaceANewTemplateRecreatesIt() {
        TextSearchDictionary from = dictionary("pg_catalog.simple", "stopwords = 'english'", "accept = 'false'");
        TextSearchDictionary to = dictionary("pg_catalog.simple", "stopwords = 'russian'");
        List<Change> changes = CatalogDiff.diff(Catalog.builder().textSearchDictionaries(List.of(from)).build(),
                Catalog.builder().textSearchDictionaries(List.of(to)).build());
        assertEquals(List.of(new Change.AlterTextSearchDictionary(name("d"), List.of("stopwords = 'russian'"),
                List.of("accept"))), changes);
        TextSearchDictionary snowball = dictionary("pg_catalog.snowball", "stopwords = 'english'", "accept = 'false'");
        assertEquals(List.of(new Change.DropTextSearchDictionary(from), new Change.CreateTextSearchDictionary(snowball)),
                CatalogDiff.diff(Catalog.builder().textSearchDictionaries(List.of(from)).build(),
                        Catalog.builder().textSearchDictionaries(List.of(snowball)).build()));
    }

    @Test
    void mappingsAreAddedAlteredAndDroppedOneTokenTypeAtATime() {
        TextSearchConfiguration from = configuration(new Mapping("asciiword", List.of("public.a")),
                new Mapping("email", List.of("pg_catalog.simple")));
        TextSearchConfiguration to = configuration(new Mapping("asciiword", List.of("public.b", "public.a")),
                new Mapping("url", List.of("pg_catalog.simple")));
        List<Change> changes = CatalogDiff.diff(Catalog.builder().textSearchConfigurations(List.of(from)).build(),
                Catalog.builder().textSearchConfigurations(List.of(to)).build());
        assertEquals(List.of(
                new Change.AlterTextSearchMapping(name("c"), "asciiword", List.of("public.a"),
                        List.of("public.b", "public.a")),
                new Change.AlterTextSearchMapping(name("c"), "email", List.of("pg_catalog.simple"), List.of()),
                new Change.AlterTextSearchMapping(name("c"), "url", List.of(), List.of("pg_catalog.simple"))),
                changes);
    }

    @Test
    void aRecreatedOperatorTakesAlongTheClassThatUsesItAndTheIndexOnThatClass() {
        Operator from = operator(OPTIONS, null);
        Operator to = operator("FUNCTION = public.eq2, LEFTARG = text, RIGHTARG = text", null);
        OperatorClass opclass = new OperatorClass(name("ops"), "hash", "CREATE OPERATOR CLASS public.ops ...", null);
        Index index = new Index("t_a", "CREATE INDEX t_a ON public.t USING hash (a public.ops)", false, "hash",
                List.of("a"), null, null);
        Table t = table("t", List.of(col("a", "text")), index);
        List<Dependency> uses = List.of(
                new Dependency(ObjectId.of(opclass), ObjectId.of(from)),
                new Dependency(ObjectId.of(ObjectKind.INDEX, name("t_a")), ObjectId.of(opclass)));
        Catalog current = Catalog.builder().operators(List.of(from)).operatorClasses(List.of(opclass)).tables(List.of(t))
                .dependencies(uses).build();
        Catalog desired = Catalog.builder().operators(List.of(to)).operatorClasses(List.of(opclass)).tables(List.of(t))
                .build();
        assertEquals(List.of(new Change.DropOperator(from), new Change.CreateOperator(to),
                new Change.DropOperatorClass(opclass), new Change.CreateOperatorClass(opclass),
                new Change.DropIndex(name("t"), index), new Change.CreateIndex(name("t"), index)),
                CatalogDiff.diff(current, desired));
    }

    private static List<Change> diff(Operator from, Operator to) {
        return CatalogDiff.diff(Catalog.builder().operators(List.of(from)).build(),
                Catalog.builder().operators(List.of(to)).build());
    }

    private static Operator operator(String options, String restrict) {
        return new Operator(name("==="), "text", "text", options, restrict, null, null);
    }

    private static TextSearchDictionary dictionary(String template, String... options) {
        return new TextSearchDictionary(name("d"), template, List.of(options), null);
    }

    private static TextSearchConfiguration configuration(Mapping... mappings) {
        return new TextSearchConfiguration(name("c"), "pg_catalog.\"default\"", List.of(mappings), null);
    }
}
