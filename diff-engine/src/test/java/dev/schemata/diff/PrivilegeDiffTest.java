package dev.schemata.diff;

import static dev.schemata.plan.TestCatalogs.col;
import static dev.schemata.plan.TestCatalogs.name;
import static dev.schemata.plan.TestCatalogs.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.DefaultPrivilege;
import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.Owner;
import dev.schemata.catalog.Privilege;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.View;
import dev.schemata.diff.GrantLevel.Entry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Grants, default privileges and owners: compared for managed roles only, without a database. */
class PrivilegeDiffTest {
    private static final Table ITEM = table("item", List.of(col("id", "integer"), col("name", "text")));
    private static final ObjectId ITEM_ID = ObjectId.of(ObjectKind.TABLE, name("item"));
    private static final Set<String> READER = Set.of("reader");

    @Test
    void withoutManagedRolesNothingAboutPrivilegesOrOwnersIsCompared() {
        Catalog current = catalog(List.of(), List.of(owner("postgres")));
        Catalog desired = catalog(List.of(grant("reader", "SELECT", false)), List.of(owner("reader")));
        assertEquals(List.of(), CatalogDiff.diff(current, desired));
        assertEquals(List.of(), CatalogDiff.diff(current, desired, Set.of()));
    }

    @Test
    void onlyGrantsToManagedRolesAreGrantedAndRevoked() {
        Catalog current = catalog(List.of(grant("reader", "INSERT", false), grant("other", "SELECT", false)), List.of());
        Catalog desired = catalog(List.of(grant("reader", "SELECT", false), grant("other", "DELETE", false)), List.of());
        assertEquals(List.of(
                new Change.RevokePrivilege(grant("reader", "INSERT", false), false),
                new Change.GrantPrivilege(grant("reader", "SELECT", false))),
                CatalogDiff.diff(current, desired, READER));
    }

    @Test
    void aDefaultRevokedFromPublicIsRevokedAndGivenBackWhenNoLongerDeclared() {
        Privilege revoked = new Privilege("TABLE public.item", ITEM_ID, "public", null, "PUBLIC", "SELECT", false,
                false);
        Catalog plain = catalog(List.of(), List.of());
        Catalog withRevoke = catalog(List.of(revoked), List.of());
        Privilege asGranted = new Privilege("TABLE public.item", ITEM_ID, "public", null, "PUBLIC", "SELECT", false,
                true);
        assertEquals(List.of(new Change.RevokePrivilege(asGranted, false)),
                CatalogDiff.diff(plain, withRevoke, Set.of("PUBLIC")));
        assertEquals(List.of(new Change.GrantPrivilege(asGranted)),
                CatalogDiff.diff(withRevoke, plain, Set.of("PUBLIC")));
    }

    @Test
    void theGrantOptionAloneIsGrantedOrRevoked() {
        assertEquals(GrantLevel.Step.GRANT_WITH_GRANT_OPTION,
                GrantLevel.between(List.of(new Entry(true, false)), List.of(new Entry(true, true))));
        assertEquals(GrantLevel.Step.REVOKE_GRANT_OPTION,
                GrantLevel.between(List.of(new Entry(true, true)), List.of(new Entry(true, false))));
        // a default held without grant option, now held with it: one entry of each kind
        assertEquals(GrantLevel.Step.REVOKE_GRANT_OPTION,
                GrantLevel.between(List.of(new Entry(false, false), new Entry(true, true)), List.of()));
        assertNull(GrantLevel.between(List.of(new Entry(true, false)), List.of(new Entry(true, false))));
    }

    @Test
    void aNewTableGetsItsGrantsAndOwnerADroppedOneNeedsNoRevoke() {
        Catalog current = Catalog.builder().privileges(List.of(grant("reader", "SELECT", false))).tables(List.of(ITEM))
                .build();
        Table note = table("note", List.of(col("id", "integer")));
        ObjectId noteId = ObjectId.of(ObjectKind.TABLE, name("note"));
        Privilege onNote = new Privilege("TABLE public.note", noteId, "public", null, "reader", "SELECT", false, true);
        Owner noteOwner = new Owner("TABLE public.note", noteId, "public", "owner");
        Catalog desired = Catalog.builder().tables(List.of(note)).privileges(List.of(onNote))
                .owners(List.of(noteOwner)).build();
        List<Change> changes = CatalogDiff.diff(current, desired, Set.of("reader", "owner"));
        assertEquals(List.of(new Change.DropTable(ITEM), new Change.CreateTable(note), new Change.SetOwner(noteOwner),
                new Change.GrantPrivilege(onNote)), changes);
    }

    @Test
    void anOwnerIsSetOnlyWhereTheDesiredOneIsManaged() {
        Catalog ownedByReader = catalog(List.of(), List.of(owner("reader")));
        Catalog ownedByPostgres = catalog(List.of(), List.of(owner("postgres")));
        assertEquals(List.of(new Change.SetOwner(owner("reader"))),
                CatalogDiff.diff(ownedByPostgres, ownedByReader, READER));
        assertEquals(List.of(), CatalogDiff.diff(ownedByReader, ownedByPostgres, READER),
                "the loading role owns what the files do not give away: not a declared owner");
    }

    @Test
    void aRoleThatBecomesTheOwnerKeepsItsPrivilegesAsOwner() {
        Catalog current = catalog(List.of(grant("reader", "SELECT", false)), List.of(owner("postgres")));
        Catalog desired = catalog(List.of(), List.of(owner("reader")));
        assertEquals(List.of(new Change.SetOwner(owner("reader"))), CatalogDiff.diff(current, desired, READER),
                "no REVOKE: it would take SELECT from the new owner");

        // the owner before loses its privileges as owner: what the files grant it is granted again
        Catalog ownedByWriter = catalog(List.of(), List.of(owner("writer")));
        Catalog toReaderWithGrant = catalog(List.of(grant("writer", "SELECT", false)), List.of(owner("reader")));
        assertEquals(List.of(new Change.SetOwner(owner("reader")), new Change.GrantPrivilege(grant("writer", "SELECT",
                false))), CatalogDiff.diff(ownedByWriter, toReaderWithGrant, Set.of("reader", "writer")));
        assertEquals(List.of(), CatalogDiff.diff(ownedByWriter, catalog(List.of(grant("writer", "SELECT", false)),
                List.of(owner("postgres"))), Set.of("reader", "writer")), "an owner left alone keeps every privilege");

        // a view's grants say ON TABLE, its owner ALTER VIEW: matched by the object, not the words
        ObjectId viewId = ObjectId.of(ObjectKind.VIEW, name("v"));
        View view = new View(name("v"), false, "SELECT 1", List.of(col("x", "integer")), List.of(), List.of(),
                null);
        Privilege onView = new Privilege("TABLE public.v", viewId, "public", null, "reader", "SELECT", false, true);
        Owner viewOwner = new Owner("VIEW public.v", viewId, "public", "reader");
        Catalog before = Catalog.builder().views(List.of(view)).privileges(List.of(onView))
                .owners(List.of(new Owner("VIEW public.v", viewId, "public", "postgres"))).build();
        Catalog after = Catalog.builder().views(List.of(view)).owners(List.of(viewOwner)).build();
        assertEquals(List.of(new Change.SetOwner(viewOwner)), CatalogDiff.diff(before, after, READER));
    }

    @Test
    void defaultPrivilegesOfManagedGranteesAreAltered() {
        DefaultPrivilege select = new DefaultPrivilege(null, "app", "TABLES", "reader", "SELECT", false, true);
        DefaultPrivilege other = new DefaultPrivilege(null, "app", "TABLES", "other", "SELECT", false, true);
        Catalog none = Catalog.builder().build();
        Catalog some = Catalog.builder().schemas(List.of(new dev.schemata.catalog.Schema("app", null)))
                .defaultPrivileges(List.of(select, other)).build();
        Catalog app = Catalog.builder().schemas(some.schemas()).build();
        assertEquals(List.of(new Change.GrantDefaultPrivilege(select)), CatalogDiff.diff(app, some, READER));
        assertEquals(List.of(new Change.RevokeDefaultPrivilege(select, false)), CatalogDiff.diff(some, app, READER));
        assertEquals(List.of(new Change.DropSchema(some.schemas().get(0))), CatalogDiff.diff(some, none, READER),
                "a dropped schema takes its default privileges along");
    }

    private static Catalog catalog(List<Privilege> privileges, List<Owner> owners) {
        return Catalog.builder().tables(List.of(ITEM)).privileges(privileges).owners(owners).build();
    }

    private static Privilege grant(String grantee, String privilege, boolean grantable) {
        return new Privilege("TABLE public.item", ITEM_ID, "public", null, grantee, privilege, grantable, true);
    }

    private static Owner owner(String role) {
        return new Owner("TABLE public.item", ITEM_ID, "public", role);
    }
}
