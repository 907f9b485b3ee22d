package dev.schemata.plan;

import java.util.Objects;

/** One risk of one statement, with a message that says why. */
public record Hazard(HazardType type, String message) {
    public Hazard {
        Objects.requireNonNull(type, "type == null");
        Objects.requireNonNull(message, "message == null");
    }
}
