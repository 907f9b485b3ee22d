package dev.schemata;

/**
 * A problem the user can fix: the message says what is wrong, where, and how to fix it.
 * Anything else that goes wrong (I/O, a lost connection) surfaces as another exception type.
 */
public class SchemataException extends RuntimeException {
    public SchemataException(String message) {
        super(message);
    }

    public SchemataException(String message, Throwable cause) {
        super(message, cause);
    }
}
