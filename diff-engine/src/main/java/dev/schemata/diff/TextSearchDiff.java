package dev.schemata.diff;

import dev.schemata.catalog.TextSearchConfiguration;
import dev.schemata.catalog.TextSearchConfiguration.Mapping;
import dev.schemata.catalog.TextSearchDictionary;
import dev.schemata.catalog.TextSearchParser;
import dev.schemata.catalog.TextSearchTemplate;
import dev.schemata.diff.CommentTarget.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Text search templates and parsers (drop and create when changed), dictionaries (options altered in place, a new template means drop and create) and
 * configurations (mappings added, altered and dropped in place, a new parser means drop and create).
 */
final class TextSearchDiff {
    private TextSearchDiff() {}

    static void addDictionary(TextSearchDictionary d, List<Change> out) {
        out.add(new Change.CreateTextSearchDictionary(d));
        Comments.added(CommentTarget.of(Kind.TEXT_SEARCH_DICTIONARY, d.name()), d.comment(), out);
    }

    static void compareDictionaries(TextSearchDictionary from, TextSearchDictionary to, List<Change> out) {
        if (!from.template().equals(to.template())) {
            out.add(new Change.DropTextSearchDictionary(from));
            addDictionary(to, out);
            return;
        }
        if (!from.options().equals(to.options())) {
            List<String> set = to.options().stream().filter(o -> !from.options().contains(o)).toList();
            List<String> kept = to.options().stream().map(TextSearchDiff::optionName).toList();
            List<String> removed = from.options().stream().map(TextSearchDiff::optionName)
                    .filter(n -> !kept.contains(n)).toList();
            out.add(new Change.AlterTextSearchDictionary(to.name(), set, removed));
        }
        Comments.compare(CommentTarget.of(Kind.TEXT_SEARCH_DICTIONARY, to.name()), from.comment(), to.comment(), out);
    }

    /** The name of an option {@code name = value}. */
    static String optionName(String option) {
        int equals = option.indexOf(" = ");
        return equals < 0 ? option : option.substring(0, equals);
    }

    static void addTemplate(TextSearchTemplate t, List<Change> out) {
        out.add(new Change.CreateTextSearchTemplate(t));
        Comments.added(CommentTarget.of(Kind.TEXT_SEARCH_TEMPLATE, t.name()), t.comment(), out);
    }

    static void compareTemplates(TextSearchTemplate from, TextSearchTemplate to, List<Change> out) {
        if (!from.definition().equals(to.definition())) {
            out.add(new Change.DropTextSearchTemplate(from));
            addTemplate(to, out);
        } else {
            Comments.compare(CommentTarget.of(Kind.TEXT_SEARCH_TEMPLATE, to.name()), from.comment(), to.comment(), out);
        }
    }

    static void addParser(TextSearchParser p, List<Change> out) {
        out.add(new Change.CreateTextSearchParser(p));
        Comments.added(CommentTarget.of(Kind.TEXT_SEARCH_PARSER, p.name()), p.comment(), out);
    }

    static void compareParsers(TextSearchParser from, TextSearchParser to, List<Change> out) {
        if (!from.definition().equals(to.definition())) {
            out.add(new Change.DropTextSearchParser(from));
            addParser(to, out);
        } else {
            Comments.compare(CommentTarget.of(Kind.TEXT_SEARCH_PARSER, to.name()), from.comment(), to.comment(), out);
        }
    }

    static void addConfiguration(TextSearchConfiguration c, List<Change> out) {
        out.add(new Change.CreateTextSearchConfiguration(c));
        for (Mapping m : c.mappings()) {
            out.add(new Change.AlterTextSearchMapping(c.name(), m.token(), List.of(), m.dictionaries()));
        }
        Comments.added(CommentTarget.of(Kind.TEXT_SEARCH_CONFIGURATION, c.name()), c.comment(), out);
    }

    static void compareConfigurations(TextSearchConfiguration from, TextSearchConfiguration to, List<Change> out) {
        if (!from.parser().equals(to.parser())) {
            out.add(new Change.DropTextSearchConfiguration(from));
            addConfiguration(to, out);
            return;
        }
        List<Change> mappings = new ArrayList<>();
        Matching.match(from.mappings(), to.mappings(), Mapping::token,
                m -> mappings.add(new Change.AlterTextSearchMapping(to.name(), m.token(), List.of(), m.dictionaries())),
                m -> mappings.add(new Change.AlterTextSearchMapping(to.name(), m.token(), m.dictionaries(), List.of())),
                (a, b) -> {
                    if (!a.dictionaries().equals(b.dictionaries())) {
                        mappings.add(new Change.AlterTextSearchMapping(to.name(), b.token(), a.dictionaries(),
                                b.dictionaries()));
                    }
                });
        out.addAll(mappings);
        Comments.compare(CommentTarget.of(Kind.TEXT_SEARCH_CONFIGURATION, to.name()), from.comment(), to.comment(),
                out);
    }
}
