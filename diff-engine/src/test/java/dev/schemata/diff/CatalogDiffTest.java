package dev.schemata.diff;

import static dev.schemata.plan.TestCatalogs.catalog;
import static dev.schemata.plan.TestCatalogs.check;
import static dev.schemata.plan.TestCatalogs.col;
import static dev.schemata.plan.TestCatalogs.enumType;
import static dev.schemata.plan.TestCatalogs.index;
import static dev.schemata.plan.TestCatalogs.name;
import static dev.schemata.plan.TestCatalogs.notNull;
import static dev.schemata.plan.TestCatalogs.pk;
import static dev.schemata.plan.TestCatalogs.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.ColumnRef;
import dev.schemata.catalog.Identity;
import dev.schemata.catalog.Sequence;
import dev.schemata.catalog.SequenceOptions;
import dev.schemata.diff.Change.AddColumn;
import dev.schemata.diff.Change.AddConstraint;
import dev.schemata.diff.Change.AddEnumValue;
import dev.schemata.diff.Change.AlterIdentity;
import dev.schemata.diff.Change.ChangeColumnType;
import dev.schemata.diff.Change.CreateIndex;
import dev.schemata.diff.Change.CreateTable;
import dev.schemata.diff.Change.DropColumn;
import dev.schemata.diff.Change.DropConstraint;
import dev.schemata.diff.Change.DropDefault;
import dev.schemata.diff.Change.DropIndex;
import dev.schemata.diff.Change.DropTable;
import dev.schemata.diff.Change.SetComment;
import dev.schemata.diff.Change.SetDefault;
import dev.schemata.diff.Change.SetNotNull;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogDiffTest {
    private static final SequenceOptions INT_OPTIONS =
            new SequenceOptions("integer", 1, 1, 1, Integer.MAX_VALUE, 1, false);

    @Test
    void equalCatalogsHaveNoChanges() {
        Catalog c = catalog(table("t", List.of(notNull("id", "integer"), col("name", "text")), pk("t", "id")));
        assertEquals(List.of(), CatalogDiff.diff(c, c));
    }

    @Test
    void columnOrderIsNotAChange() {
        Catalog a = catalog(table("t", List.of(col("a", "integer"), col("b", "text"))));
        Catalog b = catalog(table("t", List.of(col("b", "text"), col("a", "integer"))));
        assertEquals(List.of(), CatalogDiff.diff(a, b));
    }

    @Test
    void newAndRemovedTables() {
        Catalog a = catalog(table("old", List.of(col("a", "integer"))));
        Catalog b = catalog(table("new", List.of(col("a", "integer")), index("new_a", "new", "a")));
        List<Change> changes = CatalogDiff.diff(a, b);
        assertEquals(3, changes.size(), changes.toString());
        assertInstanceOf(DropTable.class, changes.get(0));
        assertInstanceOf(CreateTable.class, changes.get(1));
        assertInstanceOf(CreateIndex.class, changes.get(2));
    }

    @Test
    void columnChangesAreOnePerAttribute() {
        Catalog a = catalog(table("t", List.of(col("gone", "text"), col("n", "integer"), col("s", "text"))));
        Catalog b = catalog(table("t", List.of(
                col("n", "bigint"), notNull("s", "text").withDefault("'x'::text"), col("added", "date"))));
        List<Change> changes = CatalogDiff.diff(a, b);
        assertEquals(List.of(
                new DropColumn(name("t"), col("gone", "text")),
                new ChangeColumnType(name("t"), col("n", "integer"), col("n", "bigint")),
                new SetDefault(name("t"), "s", "'x'::text"),
                new SetNotNull(name("t"), "s"),
                new AddColumn(name("t"), col("added", "date"))), changes);
    }

    @Test
    void anOldDefaultIsDroppedBeforeATypeChangeThatMayNotCastIt() {
        Catalog a = catalog(table("t", List.of(col("n", "text").withDefault("'0'::text"))));
        Catalog b = catalog(table("t", List.of(col("n", "integer").withDefault("0"))));
        assertEquals(List.of(
                new DropDefault(name("t"), "n"),
                new ChangeColumnType(name("t"), col("n", "text").withDefault("'0'::text"), col("n", "integer").withDefault("0")),
                new SetDefault(name("t"), "n", "0")), CatalogDiff.diff(a, b));
    }

    @Test
    void aChangedGeneratedExpressionDropsAndAddsTheColumn() {
        Column before = new Column("g", "integer", false, null, null, "(a * 2)", null, null);
        Column after = new Column("g", "integer", false, null, null, "(a * 3)", null, null);
        List<Change> changes = CatalogDiff.diff(
                catalog(table("t", List.of(col("a", "integer"), before))),
                catalog(table("t", List.of(col("a", "integer"), after))));
        assertEquals(List.of(new DropColumn(name("t"), before), new AddColumn(name("t"), after)), changes);
    }

    @Test
    void identityOptionsChangeInPlace() {
        Identity byDefault = new Identity(Identity.Generation.BY_DEFAULT, INT_OPTIONS);
        Identity always = new Identity(Identity.Generation.ALWAYS, INT_OPTIONS);
        List<Change> changes = CatalogDiff.diff(
                catalog(table("t", List.of(notNull("id", "integer").withIdentity(byDefault)))),
                catalog(table("t", List.of(notNull("id", "integer").withIdentity(always)))));
        assertEquals(List.of(new AlterIdentity(name("t"), "id", byDefault, always)), changes);
    }

    @Test
    void aChangedConstraintOrIndexIsDroppedAndAddedAgain() {
        Catalog a = catalog(table("t", List.of(col("a", "integer")), check("t_a_check", "(a > 0)"), index("t_a", "t", "a")));
        Catalog b = catalog(table("t", List.of(col("a", "integer")), check("t_a_check", "(a > 1)"),
                index("t_a", "t", "a DESC")));
        List<Change> changes = CatalogDiff.diff(a, b);
        assertEquals(4, changes.size(), changes.toString());
        assertInstanceOf(DropConstraint.class, changes.get(0));
        assertInstanceOf(AddConstraint.class, changes.get(1));
        assertInstanceOf(DropIndex.class, changes.get(2));
        assertInstanceOf(CreateIndex.class, changes.get(3));
    }

    @Test
    void newEnumLabelsArePlacedNextToTheirNeighbours() {
        List<Change> changes = CatalogDiff.diff(catalog(enumType("mood", "sad", "happy")),
                catalog(enumType("mood", "first", "sad", "ok", "fine", "happy", "last")));
        assertEquals(List.of(
                new AddEnumValue(name("mood"), "first", "sad", null),
                new AddEnumValue(name("mood"), "ok", null, "sad"),
                new AddEnumValue(name("mood"), "fine", null, "ok"),
                new AddEnumValue(name("mood"), "last", null, null)), changes);
    }

    @Test
    void removedOrReorderedEnumLabelsNeedARecreation() {
        assertInstanceOf(Change.RecreateEnum.class, CatalogDiff.diff(catalog(enumType("mood", "a", "b")),
                catalog(enumType("mood", "b", "a"))).get(0));
        assertInstanceOf(Change.RecreateEnum.class, CatalogDiff.diff(catalog(enumType("mood", "a", "b")),
                catalog(enumType("mood", "a"))).get(0));
    }

    @Test
    void aNewOwnedSequenceIsCreatedThenOwned() {
        Sequence s = new Sequence(name("t_id_seq"), INT_OPTIONS, new ColumnRef(name("t"), "id"), null);
        List<Change> changes = CatalogDiff.diff(catalog(), catalog(s));
        assertEquals(List.of(new Change.CreateSequence(s),
                new Change.SetSequenceOwner(name("t_id_seq"), null, new ColumnRef(name("t"), "id"))), changes);
    }

    @Test
    void sequenceOptionsAndCommentsChange() {
        Sequence a = new Sequence(name("s"), INT_OPTIONS, null, null);
        SequenceOptions more = new SequenceOptions("integer", 1, 5, 1, Integer.MAX_VALUE, 1, false);
        Sequence b = new Sequence(name("s"), more, null, "counts");
        assertEquals(List.of(new Change.AlterSequence(name("s"), INT_OPTIONS, more),
                new SetComment(new CommentTarget(CommentTarget.Kind.SEQUENCE, "public", "s", null), "counts")),
                CatalogDiff.diff(catalog(a), catalog(b)));
    }

    @Test
    void commentsOnNewTablesAndChangedColumns() {
        Catalog a = catalog(table("t", List.of(col("a", "integer").withComment("old"))));
        Catalog b = catalog(table("t", List.of(col("a", "integer"))),
                new dev.schemata.catalog.Table(name("u"), List.of(col("x", "text").withComment("the x")), List.of(),
                        List.of(), "a table"));
        List<Change> changes = CatalogDiff.diff(a, b);
        assertTrue(changes.contains(new SetComment(CommentTarget.member(CommentTarget.Kind.COLUMN, name("t"), "a"), null)));
        assertTrue(changes.contains(new SetComment(CommentTarget.of(CommentTarget.Kind.TABLE, name("u")), "a table")));
        assertTrue(changes.contains(new SetComment(CommentTarget.member(CommentTarget.Kind.COLUMN, name("u"), "x"), "the x")));
    }

    @Test
    void theListIsTheSameEveryTime() {
        Catalog a = catalog(table("b", List.of(col("x", "text"))), table("a", List.of(col("x", "text"))));
        Catalog b = catalog(enumType("e", "x"), table("c", List.of(col("y", "e"))));
        assertEquals(CatalogDiff.diff(a, b), CatalogDiff.diff(a, b));
        assertEquals("[CreateEnum, DropTable, DropTable, CreateTable]",
                CatalogDiff.diff(a, b).stream().map(c -> c.getClass().getSimpleName()).toList().toString());
    }
}
