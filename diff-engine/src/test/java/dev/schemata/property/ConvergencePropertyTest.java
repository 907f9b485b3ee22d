package dev.schemata.property;

import static org.junit.jupiter.api.Assertions.fail;

import dev.schemata.FreshDatabases;
import dev.schemata.property.ConvergenceProperty.InvalidSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Convergence under random schemas: for each seed, a random schema A and a random edit B of it (see
 * {@link SchemaGenerator}) must converge both ways (see {@link ConvergenceProperty}). A failing pair is shrunk
 * by removing objects from both schemas while it still fails, and reported with its seed and minimal files.
 *
 * <p>{@code -Dschemata.property.pairs=N} (default 200) and {@code -Dschemata.property.seed=S} (default 1) choose
 * the seeds S .. S+N-1; {@code -Dschemata.property.seeds=5148,9982} runs just those (a failure found again).
 */
class ConvergencePropertyTest {
    private static final int PAIRS = Integer.getInteger("schemata.property.pairs", 200);
    private static final long SEED = Long.getLong("schemata.property.seed", 1L);
    private static final String LISTED = System.getProperty("schemata.property.seeds", "");
    private static final int MAX_EDITS = 4;

    private static FreshDatabases databases;

    @BeforeAll
    static void start() throws IOException, java.sql.SQLException {
        databases = FreshDatabases.start("property");
        try (java.sql.Connection c = databases.fresh()) { // roles are the server's: the grants' grantees
            for (String role : AccessModel.ROLES.subList(0, 2)) {
                FreshDatabases.execute(c, "CREATE ROLE " + role + " NOLOGIN");
            }
        }
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    @TestFactory
    Stream<DynamicTest> randomPairsConverge() {
        LongStream seeds = LISTED.isBlank() ? LongStream.range(SEED, SEED + PAIRS)
                : Arrays.stream(LISTED.split(",")).mapToLong(s -> Long.parseLong(s.strip()));
        return seeds.mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> run(seed)));
    }

    private static void run(long seed) throws Exception {
        Model a = SchemaGenerator.schema(seed);
        Model b = SchemaGenerator.schema(seed);
        SchemaGenerator.edit(b, seed * 7919 + 1, MAX_EDITS);
        ConvergenceProperty property = new ConvergenceProperty(databases);
        Throwable failure = failure(property, a, b);
        if (failure == null) {
            return;
        }
        if (failure instanceof InvalidSchema) {
            throw new AssertionError("seed " + seed + ": the generator wrote a schema that does not load", failure);
        }
        shrink(property, seed, a, b);
        fail("seed " + seed + " fails; minimal pair:\n-- A (from.sql)\n" + ModelSql.render(a, b) + "-- B (to.sql)\n"
                + ModelSql.render(b, a) + "\n" + failure(property, a, b).getMessage() + "\n\nas first found:\n"
                + failure.getMessage());
    }

    /** What the property throws for the pair, null when it holds. */
    private static Throwable failure(ConvergenceProperty property, Model a, Model b) {
        try {
            property.check(ModelSql.render(a, b), ModelSql.render(b, a));
            return null;
        } catch (Throwable e) {
            return e;
        }
    }

    /** Removes objects from both schemas, one at a time, while the pair still fails the same way (not invalid). */
    private static void shrink(ConvergenceProperty property, long seed, Model a, Model b) {
        boolean smaller = true;
        while (smaller) {
            smaller = false;
            List<Integer> ids = new ArrayList<>(a.parts().keySet());
            b.parts().keySet().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
            for (int id : ids) {
                Model a2 = SchemaGenerator.schema(seed);
                Model b2 = SchemaGenerator.schema(seed);
                SchemaGenerator.edit(b2, seed * 7919 + 1, MAX_EDITS);
                // replay what was removed so far, then this one
                for (int gone : removed(a, a2)) {
                    a2.remove(gone);
                }
                for (int gone : removed(b, b2)) {
                    b2.remove(gone);
                }
                a2.remove(id);
                b2.remove(id);
                Throwable f = failure(property, a2, b2);
                if (f != null && !(f instanceof InvalidSchema)) {
                    for (int gone : removed(a2, a)) {
                        a.remove(gone);
                    }
                    for (int gone : removed(b2, b)) {
                        b.remove(gone);
                    }
                    smaller = true;
                }
            }
        }
    }

    /** The ids {@code full} has and {@code shrunk} does not. */
    private static List<Integer> removed(Model shrunk, Model full) {
        return full.parts().keySet().stream().filter(id -> !shrunk.parts().containsKey(id)).toList();
    }
}
