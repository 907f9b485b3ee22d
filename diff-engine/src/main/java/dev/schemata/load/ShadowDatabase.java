package dev.schemata.load;

import dev.schemata.shadow.ShadowOptions;
import java.sql.Connection;

/**
 * A throwaway database holding the desired schema: on an embedded server started for it, or created on
 * a configured server. Closing it drops the database (and stops an embedded server).
 */
public final class ShadowDatabase implements AutoCloseable {
    private ShadowDatabase() {}

    /** Opens an empty shadow database of the given PostgreSQL major version (0: the options' default). */
    public static ShadowDatabase open(ShadowOptions options, int major) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** A connection to the shadow database, owned by this object. */
    public Connection connection() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public void close() {}
}
