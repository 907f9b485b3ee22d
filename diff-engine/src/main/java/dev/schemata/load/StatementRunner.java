package dev.schemata.load;

import dev.schemata.catalog.Identifiers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Runs statements into the shadow database, in batches where it can (see {@link StatementBatches}), and turns
 * server errors into located messages.
 */
final class StatementRunner {
    /** More missing roles than this in one statement means something else is wrong. */
    private static final int MAX_ROLES_PER_STATEMENT = 20;

    private final Connection connection;
    private final boolean embedded;

    StatementRunner(Connection connection, boolean embedded) {
        this.connection = connection;
        this.embedded = embedded;
    }

    /**
     * Runs each statement with autocommit on, as psql does: some statements (CREATE INDEX CONCURRENTLY,
     * CREATE DATABASE) refuse to run in a transaction. Then resets the session, so that the files' SET
     * statements (search_path above all) do not change how the catalog is read afterwards.
     *
     * <p>The shadow's tables are empty, so no index on them is ever worth parallel workers; without this setting
     * every CREATE INDEX, primary key and unique constraint first asks the planner how many to use (3% of the
     * server's time loading the benchmark's 1000 tables). A file may still set it: its SET comes later.
     */
    void runAll(List<SqlStatement> statements) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot use the shadow database connection", e);
        }
        execute("SET max_parallel_maintenance_workers = 0", "preparing the shadow session for loading");
        for (List<SqlStatement> batch : StatementBatches.of(statements)) {
            if (batch.size() == 1 || insideFilesTransaction() || !runInOneTransaction(batch)) {
                batch.forEach(this::run);
            }
        }
        execute("RESET ALL", "resetting the shadow session after loading");
    }

    /** Whether the files opened a transaction (BEGIN) and have not ended it: a batch must not commit it for them. */
    private boolean insideFilesTransaction() {
        try {
            return connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE;
        } catch (SQLException e) {
            return true; // not pgjdbc's connection: run statement by statement, as psql does
        }
    }

    /**
     * Runs a batch in one transaction and one round trip. When any statement of it fails, the whole batch is
     * rolled back, and the caller runs it again statement by statement: that run reports the failure at its
     * file:line, creates missing roles, and runs what refuses a transaction block, exactly as without batches.
     */
    private boolean runInOneTransaction(List<SqlStatement> batch) {
        try {
            connection.setAutoCommit(false);
            try (Statement jdbc = connection.createStatement()) {
                jdbc.setEscapeProcessing(false);
                for (SqlStatement statement : batch) {
                    jdbc.addBatch(statement.sql());
                }
                jdbc.executeBatch();
            }
            connection.commit();
            return true;
        } catch (SQLException e) {
            rollback();
            return false;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot use the shadow database connection", e);
            }
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("The shadow database failed rolling back a batch of statements: "
                    + e.getMessage(), e);
        }
    }

    private void run(SqlStatement statement) {
        Set<String> createdRoles = new HashSet<>();
        while (true) {
            try (Statement jdbc = connection.createStatement()) {
                jdbc.setEscapeProcessing(false); // the text goes to the server as written, so positions match
                jdbc.execute(statement.sql());
                return;
            } catch (SQLException e) {
                ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
                if (server == null) {
                    throw new IllegalStateException("The shadow database failed while running " + statement.where()
                            + ": " + e.getMessage(), e);
                }
                String role = LoadFailures.missingRole(server);
                if (embedded && role != null && createdRoles.size() < MAX_ROLES_PER_STATEMENT
                        && createdRoles.add(role)) {
                    // pg_dump names owners and grantees; on a throwaway embedded server any name will do
                    execute("CREATE ROLE " + Identifiers.quote(role) + " NOLOGIN", "creating the role " + role);
                    continue;
                }
                throw LoadFailures.describe(statement, server, embedded, e);
            }
        }
    }

    private void execute(String sql, String doing) {
        try (Statement jdbc = connection.createStatement()) {
            jdbc.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The shadow database failed " + doing + ": " + e.getMessage(), e);
        }
    }
}
