package dev.schemata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.catalog.Catalog;
import dev.schemata.load.SchemaSource;
import dev.schemata.shadow.BinariesResolver;
import dev.schemata.shadow.ShadowOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What makes two loads of the declared schema alike enough for one to stand for the other. No database. */
class DeclaredSchemaMemoTest {
    private static final BinariesResolver NO_BINARIES = major -> {
        throw new AssertionError("a key resolves no binaries");
    };
    private static final ShadowOptions EMBEDDED = new ShadowOptions(null, null, null, NO_BINARIES, 0);
    private final DeclaredSchemaMemo memo = DeclaredSchemaMemo.lastLoaded();

    @Test
    void theSameFilesFilterAndShadowGiveTheSameKey(@TempDir Path dir) throws Exception {
        SchemaSource source = source(dir, "create table a (id int);", "create table b (id int);");
        String key = memo.key(source, EMBEDDED, 16, SchemaFilter.allUserSchemas());
        assertEquals(64, key.length());
        assertEquals(key, memo.key(new SchemaSource(source.files(), false), new ShadowOptions(null, null, null,
                NO_BINARIES, 0), 16, new SchemaFilter(List.of(), List.of())));
    }

    @Test
    void anythingTheLoadDependsOnChangesTheKey(@TempDir Path dir) throws Exception {
        SchemaSource source = source(dir, "create table a (id int);", "create table b (id int);");
        SchemaFilter all = SchemaFilter.allUserSchemas();
        String key = memo.key(source, EMBEDDED, 16, all);

        List<String> others = List.of(
                memo.key(new SchemaSource(List.of(source.files().get(1), source.files().get(0)), false), EMBEDDED, 16,
                        all),
                memo.key(new SchemaSource(source.files(), true), EMBEDDED, 16, all),
                memo.key(source, EMBEDDED, 17, all),
                memo.key(source, EMBEDDED, 16, new SchemaFilter(List.of("app"), List.of())),
                memo.key(source, EMBEDDED, 16, new SchemaFilter(List.of(), List.of(), List.of("audit_*"))),
                memo.key(source, shadowServer("postgres", "secret"), 16, all),
                memo.key(source, shadowServer("postgres", "another"), 16, all),
                memo.key(source, shadowServer("admin", "secret"), 16, all));
        assertEquals(others.size(), others.stream().distinct().count(), others.toString());
        others.forEach(other -> assertNotEquals(key, other));

        Files.writeString(source.files().get(1), "create table b (id bigint);");
        assertNotEquals(key, memo.key(source, EMBEDDED, 16, all));
    }

    @Test
    void withoutATargetTheEmbeddedShadowIsOfTheConfiguredVersion(@TempDir Path dir) throws Exception {
        SchemaSource source = source(dir, "create table a (id int);");
        ShadowOptions version16 = new ShadowOptions(null, null, null, NO_BINARIES, 16);
        // generate-sources (no target) and a plan against a PostgreSQL 16 target load into the same server
        assertEquals(memo.key(source, version16, 16, SchemaFilter.allUserSchemas()),
                memo.key(source, version16, 0, SchemaFilter.allUserSchemas()));
        assertNotEquals(memo.key(source, version16, 17, SchemaFilter.allUserSchemas()),
                memo.key(source, version16, 0, SchemaFilter.allUserSchemas()));
    }

    @Test
    void onlyTheLastLoadIsRemembered() {
        memo.remember("one", loaded());
        assertTrue(memo.find("one").isPresent());
        DeclaredSchemaMemo.Loaded second = loaded();
        memo.remember("two", second);
        assertTrue(memo.find("one").isEmpty());
        assertSame(second, memo.find("two").orElseThrow());
        assertTrue(memo.find(null).isEmpty());
    }

    @Test
    void theMemoOfNoneRemembersNothingAndReadsNoFile() {
        DeclaredSchemaMemo none = DeclaredSchemaMemo.none();
        SchemaSource missing = new SchemaSource(List.of(Path.of("does-not-exist.sql")), false);
        assertNull(none.key(missing, EMBEDDED, 16, SchemaFilter.allUserSchemas()));
        none.remember(null, loaded());
        assertTrue(none.find(null).isEmpty());
        assertNotNull(DeclaredSchemaMemo.lastLoaded());
    }

    private static ShadowOptions shadowServer(String user, String password) {
        return new ShadowOptions("jdbc:postgresql://db.example:5432/postgres", user, password, NO_BINARIES, 0);
    }

    private static SchemaSource source(Path dir, String... contents) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < contents.length; i++) {
            files.add(Files.writeString(dir.resolve(i + ".sql"), contents[i]));
        }
        return new SchemaSource(files, false);
    }

    private static DeclaredSchemaMemo.Loaded loaded() {
        return new DeclaredSchemaMemo.Loaded(Catalog.empty(), List.of());
    }
}
