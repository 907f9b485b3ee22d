package dev.schemata.codegen;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Translates a PostgreSQL regular expression, as used with {@code ~} and {@code ~*}, into a Java one for
 * {@code @Pattern}, which must match the whole value. Only the common ground of both dialects is
 * translated; anything PostgreSQL reads differently from {@code java.util.regex} is refused rather than
 * guessed: POSIX classes and collating elements ({@code [[:alpha:]]}), escapes other than {@code \d \s \w}
 * (their negations), {@code \n \r \t \f \A} and escaped punctuation (PostgreSQL's {@code \b} is a
 * backspace, {@code \m \M \y \Y \Z} are its own), brackets inside a bracket expression, {@code &&},
 * option groups and {@code ***} directors.
 */
final class PostgresRegex {
    private static final String SAFE_ESCAPES = "dDsSwWnrtfA";

    private PostgresRegex() {}

    /** The Java regex that matches a whole value exactly when {@code regex} finds a match in it. */
    static Optional<String> toJava(String regex, boolean ignoreCase) {
        if (!translatable(regex)) {
            return Optional.empty();
        }
        String body = anchoredWhole(regex)
                ? regex.substring(1, regex.length() - 1)
                : ".*(?:" + regex + ").*";
        // PostgreSQL's dot matches a newline unless the (here refused) newline-sensitive options are set.
        String flags = (body.contains(".") ? "s" : "") + (ignoreCase ? "iu" : "");
        String java = (flags.isEmpty() ? "" : "(?" + flags + ")") + body;
        try {
            Pattern.compile(java);
            return Optional.of(java);
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
    }

    /** {@code ^...$} without an alternative at the top: dropping the anchors keeps the meaning. */
    private static boolean anchoredWhole(String regex) {
        return regex.length() >= 2 && regex.startsWith("^") && regex.endsWith("$") && !regex.endsWith("\\$")
                && !regex.contains("|");
    }

    private static boolean translatable(String regex) {
        if (regex.startsWith("***") || regex.contains("&&")) {
            return false;
        }
        boolean inBracket = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 >= regex.length() || !safeEscape(regex.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (inBracket) {
                if (c == '[') {
                    return false;
                }
                inBracket = c != ']';
            } else if (c == '[') {
                inBracket = true;
                if (regex.startsWith("]", i + 1) || regex.startsWith("^]", i + 1)) {
                    return false; // a literal ] first in a bracket: PostgreSQL reads it so, Java does not
                }
            } else if (c == '(' && regex.startsWith("(?", i) && !lookaroundOrGroup(regex, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean safeEscape(char c) {
        return SAFE_ESCAPES.indexOf(c) >= 0 || (!Character.isLetterOrDigit(c) && c < 128);
    }

    private static boolean lookaroundOrGroup(String regex, int at) {
        String rest = regex.substring(at);
        return rest.startsWith("(?:") || rest.startsWith("(?=") || rest.startsWith("(?!") || rest.startsWith("(?<=")
                || rest.startsWith("(?<!");
    }
}
