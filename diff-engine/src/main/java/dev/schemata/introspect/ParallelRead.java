package dev.schemata.introspect;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Runs the queries of a second connection on a thread of their own, and hands back what they read or threw. */
final class ParallelRead {
    private ParallelRead() {}

    static <T> CompletableFuture<T> start(ReadOnlySnapshot.Work<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.run();
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, runnable -> {
            // a thread per read: no pool outlives the read, and a daemon never holds up the JVM's exit
            Thread thread = new Thread(runnable, "schemata-catalog-read");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Waits for the work, rethrowing its SQLException or runtime exception as it was thrown. */
    static <T> T join(CompletableFuture<T> future) throws SQLException {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) throw sql;
            if (cause instanceof RuntimeException runtime) throw runtime;
            if (cause instanceof Error error) throw error;
            throw e;
        }
    }

    /** Waits for the work to end, whatever its outcome: what it threw has been or will not be reported. */
    static void awaitQuietly(CompletableFuture<?> future) {
        try {
            future.join();
        } catch (RuntimeException ignored) {
            // the first connection's failure is the one reported
        }
    }
}
