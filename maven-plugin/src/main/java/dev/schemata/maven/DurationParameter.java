package dev.schemata.maven;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoFailureException;

/** A duration as written in a plugin parameter: {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}, {@code 0}, or ISO-8601 ({@code PT5S}). */
final class DurationParameter {
    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)?");

    private DurationParameter() {}

    static Duration parse(String property, String value) throws MojoFailureException {
        String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        Matcher m = SIMPLE.matcher(text);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            String unit = m.group(2);
            if (unit == null && amount != 0) {
                throw new MojoFailureException(property + " = '" + value + "' has no unit: write for example "
                        + amount + "s or " + amount + "ms (0 means no limit)");
            }
            return switch (unit == null ? "s" : unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m", "min" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
        }
        try {
            return Duration.parse(value.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new MojoFailureException(property + " = '" + value + "' is not a duration: write for example 500ms,"
                    + " 5s, 2m or 1h (0 means no limit)");
        }
    }
}
