package dev.schemata.apply;

import dev.schemata.catalog.QualifiedName;
import java.time.Duration;
import java.util.Objects;

/**
 * How to apply a plan. Build with {@link #builder()}; each option has a default, so callers name only what they
 * change. A zero duration means no limit, as it does in PostgreSQL.
 *
 * @param lockTimeout how long a statement waits for a lock before it fails (PostgreSQL's {@code lock_timeout});
 *     default 5 s, so that a statement queued behind a long transaction does not block every other session
 * @param statementTimeout how long a statement may run (PostgreSQL's {@code statement_timeout}); default none
 * @param indexStatementTimeout how long a statement that builds an index or validates a constraint may run;
 *     default none, so that a short {@code statementTimeout} does not cut them off
 * @param retries how many times a statement (with the rest of its transaction) is run again when it failed only
 *     because it could not get a lock in time; default 3
 * @param retryBackoff the wait before the first retry, doubled before each further one; default 1 s
 * @param lockWait how long an apply waits for another apply on the same database to finish; default 60 s
 * @param historyTable the table where each apply is recorded, created on first use; null (the default) for none
 * @param commit the version control commit being applied, recorded in the history table; may be null
 * @param job the CI job applying it, recorded in the history table; may be null
 */
public record ApplyOptions(
        Duration lockTimeout,
        Duration statementTimeout,
        Duration indexStatementTimeout,
        int retries,
        Duration retryBackoff,
        Duration lockWait,
        QualifiedName historyTable,
        String commit,
        String job) {

    public ApplyOptions {
        lockTimeout = notNegative(lockTimeout, "lockTimeout");
        statementTimeout = notNegative(statementTimeout, "statementTimeout");
        indexStatementTimeout = notNegative(indexStatementTimeout, "indexStatementTimeout");
        retryBackoff = notNegative(retryBackoff, "retryBackoff");
        lockWait = notNegative(lockWait, "lockWait");
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative: " + retries);
        }
    }

    public static ApplyOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().lockTimeout(lockTimeout).statementTimeout(statementTimeout)
                .indexStatementTimeout(indexStatementTimeout).retries(retries).retryBackoff(retryBackoff)
                .lockWait(lockWait).historyTable(historyTable).commit(commit).job(job);
    }

    private static Duration notNegative(Duration value, String name) {
        Objects.requireNonNull(value, name + " == null");
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }

    /** Collects options; every one starts at its default. */
    public static final class Builder {
        private Duration lockTimeout = Duration.ofSeconds(5);
        private Duration statementTimeout = Duration.ZERO;
        private Duration indexStatementTimeout = Duration.ZERO;
        private int retries = 3;
        private Duration retryBackoff = Duration.ofSeconds(1);
        private Duration lockWait = Duration.ofSeconds(60);
        private QualifiedName historyTable;
        private String commit;
        private String job;

        private Builder() {}

        public Builder lockTimeout(Duration value) {
            this.lockTimeout = value;
            return this;
        }

        public Builder statementTimeout(Duration value) {
            this.statementTimeout = value;
            return this;
        }

        public Builder indexStatementTimeout(Duration value) {
            this.indexStatementTimeout = value;
            return this;
        }

        public Builder retries(int value) {
            this.retries = value;
            return this;
        }

        public Builder retryBackoff(Duration value) {
            this.retryBackoff = value;
            return this;
        }

        public Builder lockWait(Duration value) {
            this.lockWait = value;
            return this;
        }

        public Builder historyTable(QualifiedName value) {
            this.historyTable = value;
            return this;
        }

        public Builder commit(String value) {
            this.commit = value;
            return this;
        }

        public Builder job(String value) {
            this.job = value;
            return this;
        }

        public ApplyOptions build() {
            return new ApplyOptions(lockTimeout, statementTimeout, indexStatementTimeout, retries, retryBackoff,
                    lockWait, historyTable, commit, job);
        }
    }
}
