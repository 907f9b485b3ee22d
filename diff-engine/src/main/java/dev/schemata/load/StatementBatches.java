package dev.schemata.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Groups the statements of schema files into the batches the shadow runs in one transaction each. Loading
 * statement by statement spends a fifth of the server's time committing and most of the client's waiting for
 * replies; a batch of plain DDL costs one round trip and one commit.
 *
 * <p>Only statements whose first key word is one of {@link #BATCHED} join a batch; everything else (SET,
 * SELECT, DO, transaction control, VACUUM, ...) runs alone, as psql would run it. A batched statement that
 * cannot run inside a transaction (CREATE INDEX CONCURRENTLY, CREATE DATABASE, ALTER SYSTEM, an enum label
 * used in the transaction that adds it) fails its batch, which is rolled back whole and run again statement
 * by statement: see {@link StatementRunner}.
 */
final class StatementBatches {
    static final int MAX_STATEMENTS = 20;
    private static final Set<String> BATCHED = Set.of("create", "alter", "comment", "grant", "revoke");

    private StatementBatches() {}

    /** The statements in order, in batches of one to {@link #MAX_STATEMENTS}. */
    static List<List<SqlStatement>> of(List<SqlStatement> statements) {
        List<List<SqlStatement>> batches = new ArrayList<>();
        List<SqlStatement> open = new ArrayList<>();
        for (SqlStatement statement : statements) {
            if (!batchable(statement)) {
                close(open, batches);
                batches.add(List.of(statement));
                continue;
            }
            open.add(statement);
            if (open.size() == MAX_STATEMENTS) {
                close(open, batches);
            }
        }
        close(open, batches);
        return batches;
    }

    private static void close(List<SqlStatement> open, List<List<SqlStatement>> batches) {
        if (!open.isEmpty()) {
            batches.add(List.copyOf(open));
            open.clear();
        }
    }

    static boolean batchable(SqlStatement statement) {
        try {
            SqlToken first = new SqlLexer(statement.sql()).next();
            return first != null && first.word() != null && BATCHED.contains(first.word());
        } catch (SqlLexer.UnterminatedException e) {
            return false;
        }
    }
}
