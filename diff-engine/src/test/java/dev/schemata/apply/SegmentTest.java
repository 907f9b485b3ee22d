package dev.schemata.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemata.plan.PlannedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentTest {
    private static PlannedStatement inside(String sql) {
        return PlannedStatement.of(sql);
    }

    private static PlannedStatement outside(String sql) {
        return new PlannedStatement(sql, List.of(), null, false);
    }

    @Test
    void aStatementOutsideATransactionCutsThePlanAtItsPlace() {
        List<Segment> segments = Segment.of(List.of(inside("a"), inside("b"), outside("c"), outside("d"), inside("e")));
        assertEquals(List.of(
                new Segment(List.of(inside("a"), inside("b")), true, 1),
                new Segment(List.of(outside("c")), false, 3),
                new Segment(List.of(outside("d")), false, 4),
                new Segment(List.of(inside("e")), true, 5)), segments);
        assertEquals("statements 1 to 2", segments.get(0).describe());
        assertEquals("statement 3", segments.get(1).describe());
    }

    @Test
    void aPlanWithoutSuchStatementsIsOneTransaction() {
        assertEquals(List.of(new Segment(List.of(inside("a"), inside("b")), true, 1)),
                Segment.of(List.of(inside("a"), inside("b"))));
        assertEquals(List.of(), Segment.of(List.of()));
    }
}
