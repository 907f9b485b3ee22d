package dev.schemata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog's construction: the foundation constructor, the builder, identity order. */
class CatalogTest {
    private static final QualifiedName ITEM = QualifiedName.of("app", "item");

    @Test
    void theFoundationConstructorLeavesEveryLaterKindEmpty() {
        Table item = new Table(ITEM, List.of(Column.of("id", "integer")), List.of(), List.of(), null);
        Catalog foundation = new Catalog(List.of(new Schema("app", null)), List.of(item), List.of(), List.of());
        assertEquals(TableProperties.DEFAULT, item.properties());
        assertEquals(foundation, Catalog.builder().schemas(List.of(new Schema("app", null))).tables(List.of(item)).build());
        assertEquals(List.of(), foundation.views());
        assertEquals(List.of(), foundation.privileges());
    }

    @Test
    void sortsEachKindByIdentitySoThatOrderOfReadingDoesNotMatter() {
        Routine b = routine("b", "integer");
        Routine aText = routine("a", "text");
        Routine aInt = routine("a", "integer");
        Catalog catalog = Catalog.builder().routines(List.of(b, aText, aInt)).build();
        assertEquals(List.of(aInt, aText, b), catalog.routines());
        assertEquals(catalog, Catalog.builder().routines(List.of(aText, b, aInt)).build());
        assertEquals(aText, catalog.routine(QualifiedName.of("app", "a"), "text").orElseThrow());
    }

    @Test
    void aPublishedColumnListIsASetWhateverTheTableColumnOrderItWasReadIn() {
        // PostgreSQL lists the columns in the table's order: after an ADD COLUMN the target's may differ from
        // the desired one's (property seed 91)
        Publication.PublishedTable target = new Publication.PublishedTable(ITEM, List.of("id", "kind", "at"), null);
        Publication.PublishedTable desired = new Publication.PublishedTable(ITEM, List.of("id", "at", "kind"), null);
        assertEquals(desired, target);
        assertEquals(List.of("at", "id", "kind"), target.columns());
    }

    @Test
    void anIdentityIsTheSameWhateverPostgresqlNamedItsSequence() {
        SequenceOptions options = new SequenceOptions("integer", 1, 1, 1, Integer.MAX_VALUE, 1, false);
        Identity read = new Identity(Identity.Generation.ALWAYS, options, QualifiedName.of("app", "item_id_seq1"));
        Identity other = new Identity(Identity.Generation.ALWAYS, options, QualifiedName.of("app", "item_id_seq"));
        assertEquals(other, read);
        assertEquals(other.hashCode(), read.hashCode());
        assertFalse(read.equals(new Identity(Identity.Generation.BY_DEFAULT, options, read.sequence())));
    }

    @Test
    void ancestorsAreNearestFirstAndDescendantsDepthFirstEachOnce() {
        // c inherits from b and a; b is a partition of p; a inherits from b too (a diamond)
        Table p = table("p", null);
        Table b = table("b", QualifiedName.of("app", "p"));
        Table a = table("a", null, "b");
        Table c = table("c", null, "b", "a");
        Catalog catalog = Catalog.builder().tables(List.of(p, b, a, c)).build();
        assertEquals(names("b", "a", "p"), catalog.ancestors(c.name()));
        assertEquals(names("b", "a", "c"), catalog.descendants(p.name()));
        assertEquals(List.of(), catalog.ancestors(QualifiedName.of("app", "missing")));
        assertEquals(names("c", "b", "a", "p"), catalog.withAncestors(c.name()));
        assertEquals(names("p", "b", "a", "c"), catalog.withDescendants(p.name()));
    }

    @Test
    void findsEachTableAndTheDependenciesOfEachObjectWhateverTheOrderTheyWereGivenIn() {
        // lookups search the sorted lists: every name, the first and last among them, and names between them
        List<Table> tables = new java.util.ArrayList<>();
        for (String name : List.of("m", "b", "z", "a", "k", "c", "y")) {
            tables.add(table(name, null));
        }
        tables.add(new Table(QualifiedName.of("other", "a"), List.of(), List.of(), List.of(), null));
        ObjectId viewA = ObjectId.of(ObjectKind.VIEW, QualifiedName.of("app", "va"));
        ObjectId viewB = ObjectId.of(ObjectKind.VIEW, QualifiedName.of("app", "vb"));
        ObjectId f = ObjectId.of(routine("f", "integer"));
        List<Dependency> dependencies = List.of(new Dependency(viewB, id("z")), new Dependency(viewA, id("m")),
                new Dependency(f, id("a")), new Dependency(viewA, id("b")), new Dependency(viewA, viewB));
        Catalog catalog = Catalog.builder().tables(tables).dependencies(dependencies).build();
        for (Table t : tables) {
            assertEquals(t, catalog.table(t.name()).orElseThrow());
        }
        for (String missing : List.of("0", "aa", "l", "zz")) {
            assertTrue(catalog.table(QualifiedName.of("app", missing)).isEmpty(), missing);
        }
        assertTrue(catalog.table(QualifiedName.of("other", "b")).isEmpty());
        assertEquals(List.of(id("b"), id("m"), viewB), catalog.dependenciesOf(viewA));
        assertEquals(List.of(id("z")), catalog.dependenciesOf(viewB));
        assertEquals(List.of(id("a")), catalog.dependenciesOf(f));
        assertEquals(List.of(), catalog.dependenciesOf(id("a")));
        assertEquals(List.of(viewA), catalog.dependentsOf(viewB));
    }

    private static ObjectId id(String table) {
        return ObjectId.of(ObjectKind.TABLE, QualifiedName.of("app", table));
    }

    private static Table table(String name, QualifiedName partitionOf, String... inherits) {
        TableProperties properties = new TableProperties(false, false, null, partitionOf,
                partitionOf == null ? null : "DEFAULT", names(inherits), false, "DEFAULT", List.of(), null, null, null, null);
        return new Table(QualifiedName.of("app", name), List.of(Column.of("id", "integer")), List.of(), List.of(), null,
                properties);
    }

    private static List<QualifiedName> names(String... names) {
        return java.util.Arrays.stream(names).map(n -> QualifiedName.of("app", n)).toList();
    }

    @Test
    void toBuilderCopiesEveryListAndChangesOnlyWhatIsSet() {
        Extension citext = new Extension("citext", "public", "1.6", null);
        Catalog original = Catalog.builder().extensions(List.of(citext)).routines(List.of(routine("f", ""))).build();
        Catalog changed = original.toBuilder().extensions(List.of()).build();
        assertEquals(original.routines(), changed.routines());
        assertEquals(List.of(), changed.extensions());
        assertFalse(original.isEmpty());
        assertTrue(Catalog.builder().schemas(List.of(new Schema("app", null))).build().isEmpty());
    }

    @Test
    void anObjectIdHasArgumentTypesExactlyWhenItNamesARoutine() {
        assertThrows(IllegalArgumentException.class, () -> new ObjectId(ObjectKind.VIEW, ITEM, "integer"));
        assertThrows(IllegalArgumentException.class, () -> new ObjectId(ObjectKind.ROUTINE, ITEM, null));
        assertEquals("routine app.f()", ObjectId.of(routine("f", "")).toString());
        assertEquals("materialized view app.item", ObjectId.of(ObjectKind.MATERIALIZED_VIEW, ITEM).toString());
    }

    @Test
    void canonicalTextPrintsOnlyTablePropertiesThatDifferFromAPlainTable() {
        TableProperties unlogged = new TableProperties(false, false, null, null, null, List.of(), true, "FULL",
                List.of("fillfactor=70"), null, null, null, null);
        Table plain = new Table(ITEM, List.of(), List.of(), List.of(), null);
        Table special = new Table(ITEM, List.of(), List.of(), List.of(), null, unlogged);
        assertEquals("table app.item\n", Catalog.builder().tables(List.of(plain)).build().toCanonicalText());
        assertEquals("table app.item\n  unlogged\n  with fillfactor=70\n  replica identity FULL\n",
                Catalog.builder().tables(List.of(special)).build().toCanonicalText());
    }

    private static Routine routine(String name, String argumentTypes) {
        return new Routine(QualifiedName.of("app", name), argumentTypes, argumentTypes, argumentTypes,
                Routine.Kind.FUNCTION, "sql", "integer", "CREATE FUNCTION ...", null);
    }
}
