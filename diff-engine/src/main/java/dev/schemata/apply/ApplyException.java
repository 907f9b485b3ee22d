package dev.schemata.apply;

import dev.schemata.SchemataException;

/** A plan statement failed on the target; the transaction was rolled back. */
public final class ApplyException extends SchemataException {
    private final String statement;

    public ApplyException(String statement, String message, Throwable cause) {
        super(message, cause);
        this.statement = statement;
    }

    /** The statement that failed. */
    public String statement() {
        return statement;
    }
}
