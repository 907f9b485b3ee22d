package dev.schemata.plan;

import static dev.schemata.catalog.Identifiers.literal;
import static dev.schemata.catalog.Identifiers.quote;

import dev.schemata.catalog.ForeignDataWrapper;
import dev.schemata.catalog.ForeignServer;
import dev.schemata.catalog.Options;
import dev.schemata.catalog.UserMapping;
import dev.schemata.diff.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The SQL of foreign data wrapper, server, user mapping and foreign table option changes. User mappings never
 * carry secret options here: the catalog does not hold them (see {@link UserMapping}).
 */
final class ForeignSql {
    private ForeignSql() {}

    /** The statement, or null when the change is of another kind. */
    static String of(Change change) {
        if (change instanceof Change.CreateForeignDataWrapper c) return createWrapper(c.wrapper());
        if (change instanceof Change.DropForeignDataWrapper c) {
            return "DROP FOREIGN DATA WRAPPER " + quote(c.wrapper().name());
        }
        if (change instanceof Change.AlterForeignDataWrapper c) return alterWrapper(c.from(), c.to());
        if (change instanceof Change.CreateServer c) return createServer(c.server());
        if (change instanceof Change.DropServer c) return "DROP SERVER " + quote(c.server().name());
        if (change instanceof Change.AlterServer c) return alterServer(c.from(), c.to());
        if (change instanceof Change.CreateUserMapping c) {
            return "CREATE USER MAPPING FOR " + c.mapping().userSql() + " SERVER " + quote(c.mapping().server())
                    + options(c.mapping().options());
        }
        if (change instanceof Change.DropUserMapping c) {
            return "DROP USER MAPPING FOR " + c.mapping().userSql() + " SERVER " + quote(c.mapping().server());
        }
        if (change instanceof Change.AlterUserMapping c) {
            return "ALTER USER MAPPING FOR " + c.to().userSql() + " SERVER " + quote(c.to().server())
                    + changedOptions(c.from().options(), c.to().options());
        }
        if (change instanceof Change.SetForeignTableOptions c) {
            return "ALTER FOREIGN TABLE " + c.table().sql() + changedOptions(c.from(), c.to());
        }
        if (change instanceof Change.SetForeignColumnOptions c) {
            return "ALTER FOREIGN TABLE " + c.table().sql() + " ALTER COLUMN " + quote(c.column())
                    + changedOptions(c.from(), c.to());
        }
        return null;
    }

    /** {@code OPTIONS (key 'value', ...)} with a leading space, or nothing for no options. */
    static String options(List<String> options) {
        if (options.isEmpty()) {
            return "";
        }
        return " OPTIONS (" + options.stream().map(o -> quote(Options.key(o)) + " " + literal(Options.value(o)))
                .collect(Collectors.joining(", ")) + ")";
    }

    /** {@code OPTIONS (ADD ..., SET ..., DROP ...)} with a leading space, or nothing when they are equal. */
    static String changedOptions(List<String> from, List<String> to) {
        List<String> actions = new ArrayList<>();
        for (String o : to) {
            String was = find(from, Options.key(o));
            if (was == null) {
                actions.add("ADD " + quote(Options.key(o)) + " " + literal(Options.value(o)));
            } else if (!was.equals(o)) {
                actions.add("SET " + quote(Options.key(o)) + " " + literal(Options.value(o)));
            }
        }
        for (String o : from) {
            if (find(to, Options.key(o)) == null) {
                actions.add("DROP " + quote(Options.key(o)));
            }
        }
        return actions.isEmpty() ? "" : " OPTIONS (" + String.join(", ", actions) + ")";
    }

    private static String find(List<String> options, String key) {
        return options.stream().filter(o -> Options.key(o).equals(key)).findFirst().orElse(null);
    }

    private static String createWrapper(ForeignDataWrapper w) {
        return "CREATE FOREIGN DATA WRAPPER " + quote(w.name())
                + (w.handler() == null ? "" : " HANDLER " + w.handler().sql())
                + (w.validator() == null ? "" : " VALIDATOR " + w.validator().sql()) + options(w.options());
    }

    private static String alterWrapper(ForeignDataWrapper from, ForeignDataWrapper to) {
        StringBuilder sql = new StringBuilder("ALTER FOREIGN DATA WRAPPER ").append(quote(to.name()));
        if (!Objects.equals(from.handler(), to.handler())) {
            sql.append(to.handler() == null ? " NO HANDLER" : " HANDLER " + to.handler().sql());
        }
        if (!Objects.equals(from.validator(), to.validator())) {
            sql.append(to.validator() == null ? " NO VALIDATOR" : " VALIDATOR " + to.validator().sql());
        }
        return sql.append(changedOptions(from.options(), to.options())).toString();
    }

    private static String createServer(ForeignServer s) {
        return "CREATE SERVER " + quote(s.name()) + (s.type() == null ? "" : " TYPE " + literal(s.type()))
                + (s.version() == null ? "" : " VERSION " + literal(s.version()))
                + " FOREIGN DATA WRAPPER " + quote(s.wrapper()) + options(s.options());
    }

    private static String alterServer(ForeignServer from, ForeignServer to) {
        StringBuilder sql = new StringBuilder("ALTER SERVER ").append(quote(to.name()));
        if (!Objects.equals(from.version(), to.version())) {
            sql.append(" VERSION ").append(to.version() == null ? "NULL" : literal(to.version()));
        }
        return sql.append(changedOptions(from.options(), to.options())).toString();
    }
}
