package dev.schemata.apply;

import dev.schemata.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of plan statements that succeed or fail together: consecutive transactional statements, which share one
 * transaction, or a single statement PostgreSQL refuses inside a transaction block, which commits on its own.
 *
 * @param first the 1-based number of the first statement in the whole plan
 */
record Segment(List<PlannedStatement> statements, boolean transactional, int first) {
    Segment {
        statements = List.copyOf(statements);
    }

    /** The statements cut into segments, in plan order: a non-transactional statement ends the segment before it. */
    static List<Segment> of(List<PlannedStatement> statements) {
        List<Segment> segments = new ArrayList<>();
        List<PlannedStatement> open = new ArrayList<>();
        int number = 1;
        for (PlannedStatement statement : statements) {
            if (statement.transactional()) {
                open.add(statement);
            } else {
                if (!open.isEmpty()) {
                    segments.add(new Segment(open, true, number - open.size()));
                    open = new ArrayList<>();
                }
                segments.add(new Segment(List.of(statement), false, number));
            }
            number++;
        }
        if (!open.isEmpty()) {
            segments.add(new Segment(open, true, number - open.size()));
        }
        return segments;
    }

    int last() {
        return first + statements.size() - 1;
    }

    /** "statement 3" or "statements 3 to 7", for messages. */
    String describe() {
        return statements.size() == 1 ? "statement " + first : "statements " + first + " to " + last();
    }
}
