package dev.schemata.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns SQL names into Java identifiers. SQL names may hold any character (quoted identifiers), so every
 * character that is not a letter or digit separates words; a result that is still not a valid identifier
 * gets an underscore: in front when it starts with a digit, behind when it is a keyword.
 */
final class JavaNames {
    // Keywords and literals, plus the one restricted identifier that reads badly as a variable (yield).
    private static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for",
            "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
            "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
            "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
            "true", "false", "null", "_", "yield");
    // A record may not declare a component with these names (JLS 8.10.1); beans keep the same names.
    private static final Set<String> OBJECT_METHODS = Set.of(
            "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

    private JavaNames() {}

    /** {@code order_item} to {@code OrderItem}; null when the name holds no letter or digit. */
    static String upperCamel(String sqlName) {
        List<String> words = words(sqlName, false);
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        words.forEach(w -> out.append(capitalize(w)));
        return leadingDigitGuarded(out.toString());
    }

    /** {@code order_item} to {@code orderItem}, never a keyword nor a name a record component may not have. */
    static String lowerCamel(String sqlName) {
        String upper = upperCamel(sqlName);
        if (upper == null) {
            return null;
        }
        String lower = upper.startsWith("_") ? upper : Character.toLowerCase(upper.charAt(0)) + upper.substring(1);
        return RESERVED.contains(lower) || OBJECT_METHODS.contains(lower) ? lower + "_" : lower;
    }

    /** {@code in progress} or {@code inProgress} to {@code IN_PROGRESS}; null when nothing is left. */
    static String constantName(String label) {
        List<String> words = words(label, true);
        if (words.isEmpty()) {
            return null;
        }
        return leadingDigitGuarded(String.join("_", words).toUpperCase(Locale.ROOT));
    }

    /** A schema name as one package segment: lowercase, underscores for anything else. */
    static String packageSegment(String schema) {
        StringBuilder out = new StringBuilder();
        schema.toLowerCase(Locale.ROOT).codePoints()
                .forEach(c -> out.appendCodePoint(Character.isLetterOrDigit(c) ? c : '_'));
        String segment = leadingDigitGuarded(out.toString());
        return segment.isEmpty() || RESERVED.contains(segment) ? segment + "_" : segment;
    }

    static boolean isPackageName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (String segment : name.split("\\.", -1)) {
            if (!isIdentifier(segment) || RESERVED.contains(segment)) {
                return false;
            }
        }
        return true;
    }

    /** The getter or setter suffix of a field: {@code orderId} to {@code OrderId}. */
    static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
            return false;
        }
        return s.chars().allMatch(Character::isJavaIdentifierPart);
    }

    private static String leadingDigitGuarded(String name) {
        return !name.isEmpty() && Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    /**
     * Splits on every character that is not a letter or digit; a word in capitals is lowered so that
     * {@code ORDER_ITEM} reads {@code OrderItem}. With {@code splitCamel}, {@code inProgress} is two words.
     */
    private static List<String> words(String name, boolean splitCamel) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int previous = 0;
        for (int c : name.codePoints().toArray()) {
            boolean camelBreak = splitCamel && Character.isUpperCase(c) && Character.isLowerCase(previous);
            if (!Character.isLetterOrDigit(c) || camelBreak) {
                flush(word, words);
            }
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            }
            previous = c;
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            String w = word.toString();
            words.add(w.equals(w.toUpperCase(Locale.ROOT)) ? w.toLowerCase(Locale.ROOT) : w);
            word.setLength(0);
        }
    }
}
