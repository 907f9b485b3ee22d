package dev.schemata.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.maven.plugin.logging.Log;

/**
 * Sends what jOOQ's code generator logs to Maven's log while it runs, and keeps its errors. Without SLF4J on
 * its class path (the case in its own class loader) jOOQ logs through java.util.logging, which would print
 * past Maven's log in another format; and it reports many problems (a table it could not generate, a
 * configuration it could not read) only as an error in the log and still returns normally.
 */
final class JooqLogBridge extends Handler implements AutoCloseable {
    private static final String JOOQ = "org.jooq";

    private final Log log;
    private final Logger logger = Logger.getLogger(JOOQ);
    private final boolean usedParentHandlers;
    private final Level previousLevel;
    private final List<String> errors = new ArrayList<>();

    private JooqLogBridge(Log log) {
        this.log = log;
        this.usedParentHandlers = logger.getUseParentHandlers();
        this.previousLevel = logger.getLevel();
    }

    /** Routes jOOQ's records to {@code log} until {@link #close()}. */
    static JooqLogBridge install(Log log) {
        JooqLogBridge bridge = new JooqLogBridge(log);
        bridge.logger.setUseParentHandlers(false);
        bridge.logger.setLevel(log.isDebugEnabled() ? Level.FINE : Level.INFO);
        bridge.logger.addHandler(bridge);
        return bridge;
    }

    /** The messages jOOQ logged as errors, in order. */
    List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    @Override
    public void publish(LogRecord record) {
        String message = text(record);
        int level = record.getLevel().intValue();
        if (level >= Level.SEVERE.intValue()) {
            synchronized (errors) {
                errors.add(message);
            }
            log.error(message, record.getThrown());
        } else if (level >= Level.WARNING.intValue()) {
            log.warn(message, record.getThrown());
        } else if (level >= Level.INFO.intValue()) {
            log.info(message);
        } else {
            log.debug(message, record.getThrown());
        }
    }

    private static String text(LogRecord record) {
        String message = record.getMessage() == null ? "" : record.getMessage();
        return "jOOQ: " + message.strip();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setUseParentHandlers(usedParentHandlers);
        logger.setLevel(previousLevel);
    }
}
