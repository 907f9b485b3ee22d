package dev.schemata.plan;

import static dev.schemata.catalog.Identifiers.quote;
import static dev.schemata.plan.HazardType.INDEX_BUILD;
import static dev.schemata.plan.HazardType.INDEX_DROPPED;
import static dev.schemata.plan.HazardType.NOT_TRANSACTIONAL;
import static dev.schemata.plan.HazardType.VALIDATION_SCAN;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.ConstraintKind;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.AddConstraint;
import dev.schemata.diff.Change.CreateIndex;
import dev.schemata.diff.Change.DropIndex;
import dev.schemata.diff.Change.SetNotNull;
import dev.schemata.diff.Change.ValidateConstraint;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements of the changes that, on a table that exists already, can avoid blocking its readers and
 * writers for long: indexes built and dropped CONCURRENTLY, foreign keys and checks added NOT VALID then
 * validated apart, NOT NULL proven by a validated check first, unique and primary keys added on an index
 * built concurrently. Statements that must commit apart (to release the locks taken before them, or
 * because PostgreSQL refuses them in a transaction block) are not transactional; the executor runs them on
 * their own, in plan order. A partitioned table is changed as usual: PostgreSQL refuses CONCURRENTLY on it.
 */
final class OnlineChanges {
    // a key on plain columns, which CREATE UNIQUE INDEX can build under the same name beforehand
    private static final Pattern PLAIN_KEY =
            Pattern.compile("(UNIQUE|PRIMARY KEY) \\(([^()]+)\\)((?: DEFERRABLE)?(?: INITIALLY DEFERRED)?)");

    private final Catalog current;
    private final boolean enabled;
    private final Set<QualifiedName> created = new HashSet<>();

    OnlineChanges(Catalog current, List<Change> changes, boolean enabled) {
        this.current = current;
        this.enabled = enabled;
        for (Change c : changes) {
            if (c instanceof Change.CreateTable t) created.add(t.table().name());
            if (c instanceof Change.CreateView v) created.add(v.view().name());
        }
    }

    /** Whether the relation exists before the plan runs and is not created again by it. */
    boolean existing(QualifiedName relation) {
        return (current.table(relation).isPresent() || current.view(relation).isPresent())
                && !created.contains(relation);
    }

    /** The statements of a change done online, or null when it is done as one ordinary statement. */
    List<PlannedStatement> statements(Change change) {
        if (!enabled) {
            return null;
        }
        if (change instanceof CreateIndex c && online(c.table())) {
            String sql = Sql.of(change, current).replaceFirst("^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX CONCURRENTLY ");
            return List.of(apart(sql, new Hazard(INDEX_BUILD, "builds index " + c.index().name() + " on " + c.table()
                    + " CONCURRENTLY: reads and writes go on; if it is interrupted, the INVALID index it leaves is "
                    + "rebuilt by the next plan")));
        }
        if (change instanceof DropIndex c && online(c.table())) {
            String sql = Sql.of(change, current).replaceFirst("^DROP INDEX ", "DROP INDEX CONCURRENTLY ");
            return List.of(apart(sql, new Hazard(INDEX_DROPPED, "drops index " + c.index().name() + " on "
                    + c.table() + ": queries that used it may slow down")));
        }
        if (change instanceof AddConstraint c && online(c.table()) && c.constraint().validated()) {
            return addConstraint(c.table(), c.constraint());
        }
        if (change instanceof ValidateConstraint c) {
            return List.of(validate(c.table(), c.constraint().name(), "validate " + c.constraint().name()));
        }
        if (change instanceof SetNotNull c && online(c.table())) {
            return setNotNull(c);
        }
        return null;
    }

    private List<PlannedStatement> addConstraint(QualifiedName table, Constraint constraint) {
        String name = quote(constraint.name());
        if (constraint.kind() == ConstraintKind.FOREIGN_KEY || constraint.kind() == ConstraintKind.CHECK) {
            return List.of(
                    PlannedStatement.of(alterTable(table) + "ADD CONSTRAINT " + name + " " + constraint.definition()
                            + " NOT VALID"),
                    validate(table, constraint.name(), "validate " + constraint.name()));
        }
        Matcher key = PLAIN_KEY.matcher(constraint.definition());
        if (key.matches()) {
            QualifiedName index = QualifiedName.of(table.schema(), constraint.name());
            String build = "CREATE UNIQUE INDEX CONCURRENTLY " + name + " ON " + table.sql() + " USING btree ("
                    + key.group(2) + ")";
            return List.of(
                    apart(build, new Hazard(INDEX_BUILD, "builds the index of " + constraint.name() + " on " + table
                            + " CONCURRENTLY: reads and writes go on; if it is interrupted, the INVALID index it "
                            + "leaves is dropped by the next plan")),
                    PlannedStatement.of(alterTable(table) + "ADD CONSTRAINT " + name + " " + key.group(1)
                            + " USING INDEX " + quote(index.name()) + key.group(3)));
        }
        return null;
    }

    /**
     * SET NOT NULL scans the table under an ACCESS EXCLUSIVE lock, unless a validated check proves the column
     * has no nulls (PostgreSQL 12 and later): such a check is added NOT VALID, validated apart, and dropped after.
     */
    private List<PlannedStatement> setNotNull(SetNotNull c) {
        String check = temporaryCheckName(c.column());
        String alter = alterTable(c.table());
        return List.of(
                PlannedStatement.of(alter + "ADD CONSTRAINT " + quote(check) + " CHECK (" + quote(c.column())
                        + " IS NOT NULL) NOT VALID"),
                validate(c.table(), check, "check " + c.column() + " has no nulls"),
                PlannedStatement.of(alter + "ALTER COLUMN " + quote(c.column()) + " SET NOT NULL"),
                PlannedStatement.of(alter + "DROP CONSTRAINT " + quote(check)));
    }

    /** The name of the check that proves a column has no nulls; at most 63 bytes, as PostgreSQL keeps. */
    static String temporaryCheckName(String column) {
        String name = "schemata_not_null_" + column;
        while (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 63) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }

    private static PlannedStatement validate(QualifiedName table, String constraint, String what) {
        return apart(alterTable(table) + "VALIDATE CONSTRAINT " + quote(constraint), new Hazard(VALIDATION_SCAN,
                "reads all rows of " + table + " to " + what + ", holding only a SHARE UPDATE EXCLUSIVE lock: "
                        + "reads and writes go on"));
    }

    /** A statement run on its own, outside the plan's transaction. */
    private static PlannedStatement apart(String sql, Hazard hazard) {
        return new PlannedStatement(sql, List.of(hazard, new Hazard(NOT_TRANSACTIONAL, "runs on its own, outside "
                + "the transaction: what ran before it stays if it or a later statement fails; planning again "
                + "finishes the work")), null, false);
    }

    /**
     * An existing relation that is neither partitioned (PostgreSQL refuses CONCURRENTLY on a partitioned one) nor
     * foreign (its rows are on another server: nothing here to scan or lock for long).
     */
    private boolean online(QualifiedName relation) {
        return existing(relation) && current.table(relation)
                .map(t -> !t.properties().partitioned() && !t.properties().isForeign()).orElse(true);
    }

    private static String alterTable(QualifiedName table) {
        return "ALTER TABLE " + table.sql() + " ";
    }
}
