package dev.schemata.introspect;

import dev.schemata.catalog.TextSearchConfiguration;
import dev.schemata.catalog.TextSearchDictionary;
import dev.schemata.catalog.TextSearchParser;
import dev.schemata.catalog.TextSearchTemplate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Maps rows of the text search queries; splits a dictionary's options as PostgreSQL joined them. */
final class TextSearchRows {
    private static final String UNIT_SEPARATOR = "\u001f";

    private TextSearchRows() {}

    static TextSearchDictionary dictionary(ResultSet row) throws SQLException {
        return new TextSearchDictionary(OperatorRows.name(row), row.getString("template"),
                options(row.getString("options")), row.getString("comment"));
    }

    static TextSearchTemplate template(ResultSet row) throws SQLException {
        return new TextSearchTemplate(OperatorRows.name(row), row.getString("definition"), row.getString("comment"));
    }

    static TextSearchParser parser(ResultSet row) throws SQLException {
        return new TextSearchParser(OperatorRows.name(row), row.getString("definition"), row.getString("comment"));
    }

    static TextSearchConfiguration configuration(ResultSet row) throws SQLException {
        List<TextSearchConfiguration.Mapping> mappings = new ArrayList<>();
        for (String mapping : TableRows.strings(row, "mappings")) {
            List<String> parts = Arrays.asList(mapping.split(UNIT_SEPARATOR));
            mappings.add(new TextSearchConfiguration.Mapping(parts.get(0), parts.subList(1, parts.size())));
        }
        return new TextSearchConfiguration(OperatorRows.name(row), row.getString("parser"), mappings,
                row.getString("comment"));
    }

    /**
     * {@code name = 'value', other = 3} into its entries: PostgreSQL writes each value as a number or a string
     * literal ({@code E'...'} when it holds a backslash), so a comma outside quotes ends an entry.
     */
    static List<String> options(String text) {
        List<String> options = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return options;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean identifier = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\'' && !identifier) {
                quoted = !quoted;
            } else if (ch == '"' && !quoted) {
                identifier = !identifier;
            } else if (ch == '\\' && quoted && i + 1 < text.length()) {
                current.append(ch);
                ch = text.charAt(++i);
            } else if (ch == ',' && !quoted && !identifier) {
                options.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(ch);
        }
        options.add(current.toString().strip());
        return options;
    }
}
