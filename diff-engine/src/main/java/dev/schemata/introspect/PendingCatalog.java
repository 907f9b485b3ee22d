package dev.schemata.introspect;

import dev.schemata.SchemaFilter;
import dev.schemata.catalog.Catalog;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A catalog being read on a thread of its own, so that the caller can do other work meanwhile (load the schema
 * files into the shadow database while the target is read). The connection is the reader's until {@link #get}
 * or {@link #awaitQuietly} returns.
 */
public final class PendingCatalog {
    private final CompletableFuture<Timed> read;

    private PendingCatalog(CompletableFuture<Timed> read) {
        this.read = read;
    }

    /** Starts reading as {@link CatalogReader#read(Connection, SchemaFilter, ConnectionOpener)} does. */
    public static PendingCatalog start(Connection connection, SchemaFilter filter, ConnectionOpener another) {
        long start = System.nanoTime();
        return new PendingCatalog(ParallelRead.start(() -> new Timed(CatalogReader.read(connection, filter, another),
                Duration.ofNanos(System.nanoTime() - start))));
    }

    /**
     * The catalog, once read.
     *
     * @throws IllegalStateException as {@link CatalogReader#read(Connection, SchemaFilter)} does
     */
    public Catalog get() {
        try {
            return ParallelRead.join(read).catalog();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database schema: " + e.getMessage(), e); // not thrown: read() maps them
        }
    }

    /** How long the read took; {@link #get} must have returned. */
    public Duration readTime() {
        return read.join().time();
    }

    /** Waits until the read has ended, whatever its outcome, so that the connection can be used or closed. */
    public void awaitQuietly() {
        ParallelRead.awaitQuietly(read);
    }

    private record Timed(Catalog catalog, Duration time) {}
}
