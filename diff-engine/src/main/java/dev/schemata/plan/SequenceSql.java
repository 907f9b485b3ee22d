package dev.schemata.plan;

import dev.schemata.catalog.SequenceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Sequence options as SQL, leaving out those at PostgreSQL's default so that plans stay short. */
final class SequenceSql {
    private SequenceSql() {}

    /** The options of CREATE SEQUENCE or an identity column, each only when not the default; may be empty. */
    static List<String> options(SequenceOptions o, boolean withType) {
        List<String> parts = new ArrayList<>();
        String type = typeOf(o);
        if (withType && !type.equals("bigint")) {
            parts.add("AS " + type);
        }
        if (o.increment() != 1) {
            parts.add("INCREMENT BY " + o.increment());
        }
        if (o.minValue() != defaultMin(type, o.increment())) {
            parts.add("MINVALUE " + o.minValue());
        }
        if (o.maxValue() != defaultMax(type, o.increment())) {
            parts.add("MAXVALUE " + o.maxValue());
        }
        if (o.start() != (o.increment() > 0 ? o.minValue() : o.maxValue())) {
            parts.add("START WITH " + o.start());
        }
        if (o.cache() != 1) {
            parts.add("CACHE " + o.cache());
        }
        if (o.cycle()) {
            parts.add("CYCLE");
        }
        return parts;
    }

    /** The options that differ, each stated explicitly. */
    static List<String> changedOptions(SequenceOptions from, SequenceOptions to, boolean withType) {
        List<String> parts = new ArrayList<>();
        if (withType && !typeOf(from).equals(typeOf(to))) {
            parts.add("AS " + typeOf(to));
        }
        if (from.increment() != to.increment()) {
            parts.add("INCREMENT BY " + to.increment());
        }
        if (from.minValue() != to.minValue()) {
            parts.add("MINVALUE " + to.minValue());
        }
        if (from.maxValue() != to.maxValue()) {
            parts.add("MAXVALUE " + to.maxValue());
        }
        if (from.start() != to.start()) {
            parts.add("START WITH " + to.start());
        }
        if (from.cache() != to.cache()) {
            parts.add("CACHE " + to.cache());
        }
        if (from.cycle() != to.cycle()) {
            parts.add(to.cycle() ? "CYCLE" : "NO CYCLE");
        }
        return parts;
    }

    private static String typeOf(SequenceOptions o) {
        return Objects.requireNonNullElse(o.dataType(), "bigint");
    }

    private static long defaultMin(String type, long increment) {
        return increment > 0 ? 1 : typeMin(type);
    }

    private static long defaultMax(String type, long increment) {
        return increment > 0 ? typeMax(type) : -1;
    }

    private static long typeMin(String type) {
        return switch (type) {
            case "smallint" -> Short.MIN_VALUE;
            case "integer" -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }

    private static long typeMax(String type) {
        return switch (type) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }
}
