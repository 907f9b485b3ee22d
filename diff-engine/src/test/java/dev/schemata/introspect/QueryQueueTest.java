package dev.schemata.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How two connections share the queries of one read. No database: the queries only note who ran them. */
class QueryQueueTest {
    private final QueryRunner first = new QueryRunner(null);
    private final QueryRunner second = new QueryRunner(null);

    @Test
    void twoConnectionsRunEveryQueryOnceAndBothTakeAShare() throws Exception {
        List<QueryRunner> ranOn = Collections.synchronizedList(new ArrayList<>());
        Set<Integer> ran = ConcurrentHashMap.newKeySet();
        CountDownLatch bothStarted = new CountDownLatch(2);
        List<QueryQueue.Query> queries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int query = i;
            queries.add(runner -> {
                if (query < 2) {
                    bothStarted.countDown(); // the first two wait until each connection holds one
                    await(bothStarted);
                }
                assertTrue(ran.add(query), "query " + query + " ran twice");
                ranOn.add(runner);
            });
        }
        QueryQueue queue = new QueryQueue(queries);
        Thread other = new Thread(() -> work(queue, second));
        other.start();
        queue.work(first);
        other.join();
        assertEquals(40, ran.size());
        assertTrue(ranOn.contains(first) && ranOn.contains(second), "both connections took queries");
    }

    @Test
    void aFailureStopsTheOtherConnectionAtItsNextTurnAndIsThrownWhereItHappened() throws Exception {
        SQLException failure = new SQLException("catalog query failed");
        CountDownLatch firstHoldsAQuery = new CountDownLatch(1);
        CountDownLatch thrown = new CountDownLatch(1);
        AtomicInteger ranAfterTheFailure = new AtomicInteger();
        List<QueryQueue.Query> queries = new ArrayList<>();
        queries.add(runner -> {
            firstHoldsAQuery.countDown();
            await(thrown); // the other connection's query fails meanwhile
        });
        queries.add(runner -> {
            throw failure;
        });
        for (int i = 0; i < 10; i++) {
            queries.add(runner -> ranAfterTheFailure.incrementAndGet());
        }
        QueryQueue queue = new QueryQueue(queries);
        Thread firstConnection = new Thread(() -> work(queue, first));
        firstConnection.start();
        assertTrue(firstHoldsAQuery.await(5, TimeUnit.SECONDS));
        assertSame(failure, assertThrows(SQLException.class, () -> queue.work(second)));
        thrown.countDown();
        firstConnection.join(5_000);
        assertEquals(0, ranAfterTheFailure.get(), "no query starts once one has failed");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void work(QueryQueue queue, QueryRunner runner) {
        try {
            queue.work(runner);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
