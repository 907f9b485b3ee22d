package dev.schemata.plan;

import static dev.schemata.catalog.Identifiers.literal;
import static dev.schemata.catalog.Identifiers.quote;

import dev.schemata.catalog.Collation;
import dev.schemata.catalog.EventTrigger;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.CreateCollation;
import dev.schemata.diff.Change.CreateEventTrigger;
import dev.schemata.diff.Change.DropCollation;
import dev.schemata.diff.Change.DropEventTrigger;
import dev.schemata.diff.Change.SetEventTriggerState;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The SQL of collation and event trigger changes. */
final class DatabaseObjectSql {
    private DatabaseObjectSql() {}

    /** The statement, or null when the change is of another kind. */
    static String of(Change change) {
        if (change instanceof CreateCollation c) return createCollation(c.collation());
        if (change instanceof DropCollation c) return "DROP COLLATION " + c.collation().name().sql();
        if (change instanceof CreateEventTrigger c) return createEventTrigger(c.trigger());
        if (change instanceof DropEventTrigger c) return "DROP EVENT TRIGGER " + quote(c.trigger().name());
        if (change instanceof SetEventTriggerState c) {
            return "ALTER EVENT TRIGGER " + quote(c.trigger().name()) + " " + c.trigger().state().sql();
        }
        return null;
    }

    private static String createCollation(Collation c) {
        List<String> options = new ArrayList<>();
        options.add("provider = " + c.provider());
        if (c.locale() != null) options.add("locale = " + literal(c.locale()));
        if (c.lcCollate() != null) options.add("lc_collate = " + literal(c.lcCollate()));
        if (c.lcCtype() != null) options.add("lc_ctype = " + literal(c.lcCtype()));
        if (!c.deterministic()) options.add("deterministic = false");
        if (c.rules() != null) options.add("rules = " + literal(c.rules()));
        return "CREATE COLLATION " + c.name().sql() + " (" + String.join(", ", options) + ")";
    }

    private static String createEventTrigger(EventTrigger t) {
        String when = t.tags().isEmpty() ? ""
                : " WHEN TAG IN (" + t.tags().stream().map(tag -> literal(tag)).collect(Collectors.joining(", ")) + ")";
        return "CREATE EVENT TRIGGER " + quote(t.name()) + " ON " + t.event() + when + " EXECUTE FUNCTION "
                + t.function().sql() + "()";
    }
}
