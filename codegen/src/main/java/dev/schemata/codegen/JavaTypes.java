package dev.schemata.codegen;

import com.palantir.javapoet.ClassName;

/** Reads the Java type a user names in an option or a comment tag: a fully qualified class name. */
final class JavaTypes {
    private JavaTypes() {}

    /** The class named {@code value}; {@code where} says where it was given, for the error. */
    static ClassName checked(String value, String where) {
        try {
            if (value.chars().allMatch(c -> c == '.' || Character.isJavaIdentifierPart(c)) && value.contains(".")) {
                return ClassName.bestGuess(value);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException(where + ": '" + value + "' is not a fully qualified class name; give one"
                + " such as java.time.Instant or com.acme.Money (packages lowercase, no generics or arrays).");
    }
}
