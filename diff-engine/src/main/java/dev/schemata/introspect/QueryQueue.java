package dev.schemata.introspect;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The catalog queries of one read, shared by up to two connections: each connection takes the next query no
 * other has taken, so the two end about together whatever the schema's shape. With a fixed half per connection,
 * one ended 60 to 180 ms after the other in reads of 1000 tables, and which one depended on the size.
 */
final class QueryQueue {
    /** One query, or a few that must run in order, with where its rows go. */
    @FunctionalInterface
    interface Query {
        void run(QueryRunner runner) throws SQLException;
    }

    private final List<Query> queries;
    private final AtomicInteger next = new AtomicInteger();
    private volatile boolean failed;

    /** @param queries the largest first, as far as known, so that a small one is what ends each connection's turn */
    QueryQueue(List<Query> queries) {
        this.queries = List.copyOf(queries);
    }

    /**
     * Runs queries on {@code runner} until none is left, or until a query failed on either connection: then the
     * other stops at its next turn, and the failure is thrown where it happened.
     */
    void work(QueryRunner runner) throws SQLException {
        for (int i = next.getAndIncrement(); i < queries.size() && !failed; i = next.getAndIncrement()) {
            try {
                queries.get(i).run(runner);
            } catch (SQLException | RuntimeException | Error e) {
                failed = true;
                throw e;
            }
        }
    }
}
