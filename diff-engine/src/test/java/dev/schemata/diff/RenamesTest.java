package dev.schemata.diff;

import static dev.schemata.plan.TestCatalogs.catalog;
import static dev.schemata.plan.TestCatalogs.col;
import static dev.schemata.plan.TestCatalogs.fk;
import static dev.schemata.plan.TestCatalogs.index;
import static dev.schemata.plan.TestCatalogs.name;
import static dev.schemata.plan.TestCatalogs.pk;
import static dev.schemata.plan.TestCatalogs.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.SchemataException;
import dev.schemata.catalog.Catalog;
import dev.schemata.diff.RenameHint.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenamesTest {
    private static RenameHint hint(Kind kind, String owner, String name, String from) {
        return new RenameHint(kind, null, owner, name, from, "schema.sql:3", "-- @renamed from=" + from);
    }

    private static final Catalog ACCOUNTS = catalog(
            table("accounts", List.of(col("id", "integer"), col("nick", "text")), pk("accounts", "id"),
                    index("accounts_nick_idx", "accounts", "nick")),
            table("orders", List.of(col("account_id", "integer")), fk("orders_fk", "account_id", "accounts", "id")));

    private static final Catalog USERS = catalog(
            table("users", List.of(col("id", "integer"), col("name", "text")), pk("users", "id"),
                    index("users_name_idx", "users", "name")),
            table("orders", List.of(col("account_id", "integer")), fk("orders_fk", "account_id", "users", "id")));

    private static final List<RenameHint> HINTS = List.of(hint(Kind.COLUMN, "users", "name", "nick"),
            hint(Kind.TABLE, null, "users", "accounts"));

    @Test
    void tablesAreRenamedBeforeTheirMembersAndDerivedNamesFollow() {
        Renames renames = Renames.of(ACCOUNTS, USERS, HINTS);
        assertEquals(List.of(
                new Change.RenameTable(name("accounts"), "users"),
                new Change.RenameColumn(name("users"), "nick", "name"),
                new Change.RenameConstraint(name("users"), "accounts_pkey", "users_pkey"),
                new Change.RenameIndex(name("accounts_nick_idx"), "users_name_idx")), renames.changes());
        assertEquals(List.of(), CatalogDiff.diff(renames.current(), USERS), "the renamed catalog is the desired one");
    }

    @Test
    void annotationsAppliedAlreadyAreIgnored() {
        Renames renames = Renames.of(USERS, USERS, HINTS);
        assertEquals(List.of(), renames.changes());
        assertEquals(USERS, renames.current());
    }

    @Test
    void neitherNameOnTheTargetIsAnErrorThatSaysWhereAndHowToFix() {
        Catalog other = catalog(table("people", List.of(col("id", "integer"))));
        SchemataException e = assertThrows(SchemataException.class, () -> Renames.of(other, USERS,
                List.of(hint(Kind.TABLE, null, "users", "acounts"))));
        assertEquals("schema.sql:3: the annotation -- @renamed from=acounts renames the table acounts to users, but"
                + " neither public.acounts nor public.users exists on the target. Fix the old name in the annotation,"
                + " or remove the annotation if users is a new table.", e.getMessage());
    }

    @Test
    void bothNamesOnTheTargetIsAnError() {
        Catalog both = catalog(table("users", List.of(col("id", "integer"), col("name", "text"),
                col("nick", "text"))));
        SchemataException e = assertThrows(SchemataException.class, () -> Renames.of(both, USERS,
                List.of(hint(Kind.COLUMN, "users", "name", "nick"))));
        assertTrue(e.getMessage().contains("but both nick and name exist on the target in table public.users"),
                e.getMessage());
    }

    @Test
    void aDatabaseWithoutObjectsTakesNoRenames() {
        Renames renames = Renames.of(Catalog.empty(), USERS, HINTS);
        assertEquals(List.of(), renames.changes());
    }
}
