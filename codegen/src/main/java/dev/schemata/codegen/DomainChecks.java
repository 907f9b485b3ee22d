package dev.schemata.codegen;

import dev.schemata.catalog.Domain;
import dev.schemata.catalog.DomainConstraint;
import java.util.Map;

/**
 * The CHECK constraints of a domain, read as checks on one column of that domain: {@code VALUE} in the
 * domain's check stands for the column, so each is translated by {@link CheckTranslator} like a table check.
 */
final class DomainChecks {
    // An identifier no check of the domain itself can mention: VALUE is the only name a domain check may use.
    private static final String PLACEHOLDER = "schemata_domain_value";

    private DomainChecks() {}

    /** What the domain's checks say about a column of it whose values are of {@code kind}. */
    static ColumnChecks of(Domain domain, ValueKind kind) {
        ColumnChecks checks = ColumnChecks.NONE;
        for (DomainConstraint constraint : domain.constraints()) {
            String expression = withPlaceholder(expressionOf(constraint.definition()));
            ColumnChecks facts = CheckTranslator.translate(expression, Map.of(PLACEHOLDER, kind)).get(PLACEHOLDER);
            if (facts != null) {
                checks = checks.and(facts);
            }
        }
        return checks;
    }

    /** {@code CHECK ((VALUE > 0)) NOT VALID} without the keywords around the expression. */
    private static String expressionOf(String definition) {
        String text = definition.strip();
        if (text.endsWith(" NOT VALID")) {
            text = text.substring(0, text.length() - " NOT VALID".length()).strip();
        }
        return text.startsWith("CHECK ") ? text.substring("CHECK ".length()) : text;
    }

    /** Replaces the keyword {@code VALUE} outside string literals and quoted names. */
    static String withPlaceholder(String expression) {
        StringBuilder out = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote; // a doubled quote closes and reopens: same result
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (expression.startsWith("VALUE", i) && !wordChar(expression, i - 1)
                    && !wordChar(expression, i + 5)) {
                out.append(PLACEHOLDER);
                i += 4;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean wordChar(String text, int index) {
        return index >= 0 && index < text.length()
                && (Character.isLetterOrDigit(text.charAt(index)) || text.charAt(index) == '_');
    }
}
