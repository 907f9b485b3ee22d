package dev.schemata.plan;

import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Routine;
import dev.schemata.diff.Change;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders a routine after the tables, views and routines its body names. PostgreSQL records nothing of what a
 * body in a string ({@code AS $$ ... $$}, any language) uses, so pg_depend cannot give these edges; the names
 * are found by scanning the text. The edges are soft: bodies are not checked while the plan runs
 * ({@code check_function_bodies = off}), so an edge that would close a cycle (a table whose default calls a
 * function that reads the table) is left out rather than failing the plan.
 */
final class BodyReferences {
    private static final String IDENTIFIER = "\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*";
    private static final Pattern NAME = Pattern.compile("(" + IDENTIFIER + ")(?:\\s*\\.\\s*(" + IDENTIFIER + "))?");
    private static final Pattern STRING_BODY = Pattern.compile("\\bAS\\s+(\\$[A-Za-z_0-9]*\\$)(.*)\\1",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private BodyReferences() {}

    static void link(StepGraph graph, StepIndex steps) {
        Map<QualifiedName, List<Step>> creators = creators(steps);
        if (creators.isEmpty()) {
            return;
        }
        for (Step step : steps.all()) {
            Routine routine = routine(step.change());
            if (routine == null) {
                continue;
            }
            for (QualifiedName used : namesIn(routine)) {
                for (Step creator : creators.getOrDefault(used, List.of())) {
                    if (creator != step && !graph.precedes(step, creator)) {
                        graph.order(creator, step);
                    }
                }
            }
        }
    }

    private static Routine routine(Change change) {
        if (change instanceof Change.CreateRoutine c) return c.routine();
        if (change instanceof Change.ReplaceRoutine c) return c.to();
        return null;
    }

    /** The steps that create or replace a table, view or routine, by its name. */
    private static Map<QualifiedName, List<Step>> creators(StepIndex steps) {
        Map<QualifiedName, List<Step>> creators = new HashMap<>();
        for (Step step : steps.all()) {
            QualifiedName created = created(step.change());
            if (created != null) {
                creators.computeIfAbsent(created, k -> new ArrayList<>()).add(step);
            }
        }
        return creators;
    }

    private static QualifiedName created(Change change) {
        if (change instanceof Change.CreateTable c) return c.table().name();
        if (change instanceof Change.CreateView c) return c.view().name();
        if (change instanceof Change.ReplaceView c) return c.to().name();
        Routine routine = routine(change);
        return routine == null ? null : routine.name();
    }

    /**
     * The names a string body may use: qualified ones as written, bare ones in the routine's own schema and in
     * {@code public}. Words that name nothing are harmless: only names of created objects make edges.
     */
    static Set<QualifiedName> namesIn(Routine routine) {
        Matcher body = STRING_BODY.matcher(routine.definition());
        Set<QualifiedName> names = new LinkedHashSet<>();
        if (!body.find()) {
            return names; // a SQL-standard body (BEGIN ATOMIC, RETURN), whose uses pg_depend records
        }
        Matcher name = NAME.matcher(body.group(2));
        while (name.find()) {
            if (name.group(2) != null) {
                names.add(QualifiedName.of(unquote(name.group(1)), unquote(name.group(2))));
            } else {
                String bare = unquote(name.group(1));
                names.add(QualifiedName.of(routine.name().schema(), bare));
                names.add(QualifiedName.of("public", bare));
            }
        }
        return names;
    }

    private static String unquote(String identifier) {
        return identifier.startsWith("\"") ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"")
                : identifier.toLowerCase(Locale.ROOT);
    }
}
