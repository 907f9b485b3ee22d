package dev.schemata.diff;

import dev.schemata.catalog.Column;
import dev.schemata.catalog.ForeignDataWrapper;
import dev.schemata.catalog.ForeignServer;
import dev.schemata.catalog.ForeignTableOptions;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.UserMapping;
import dev.schemata.diff.CommentTarget.Kind;
import java.util.List;
import java.util.Objects;

/**
 * Foreign data wrappers, servers and user mappings. PostgreSQL alters a wrapper's handler, validator and
 * options, a server's version and options and a mapping's options in place; a server with another type or
 * wrapper is dropped and created again (its mappings and foreign tables with it, see {@link ForeignRebuilds}).
 */
final class ForeignDiff {
    private ForeignDiff() {}

    static void addWrapper(ForeignDataWrapper w, List<Change> out) {
        out.add(new Change.CreateForeignDataWrapper(w));
        Comments.added(CommentTarget.global(Kind.FOREIGN_DATA_WRAPPER, w.name()), w.comment(), out);
    }

    static void compareWrappers(ForeignDataWrapper from, ForeignDataWrapper to, List<Change> out) {
        if (!Objects.equals(from.handler(), to.handler()) || !Objects.equals(from.validator(), to.validator())
                || !from.options().equals(to.options())) {
            out.add(new Change.AlterForeignDataWrapper(from, to));
        }
        Comments.compare(CommentTarget.global(Kind.FOREIGN_DATA_WRAPPER, to.name()), from.comment(), to.comment(),
                out);
    }

    static void addServer(ForeignServer s, List<Change> out) {
        out.add(new Change.CreateServer(s));
        Comments.added(CommentTarget.global(Kind.SERVER, s.name()), s.comment(), out);
    }

    static void compareServers(ForeignServer from, ForeignServer to, List<Change> out) {
        if (isRecreated(from, to)) {
            out.add(new Change.DropServer(from));
            addServer(to, out);
            return;
        }
        if (!Objects.equals(from.version(), to.version()) || !from.options().equals(to.options())) {
            out.add(new Change.AlterServer(from, to));
        }
        Comments.compare(CommentTarget.global(Kind.SERVER, to.name()), from.comment(), to.comment(), out);
    }

    /** A new foreign partition takes its columns from the parent: their options follow the PARTITION OF. */
    static void createdPartition(Table table, List<Change> out) {
        table.properties().foreign().columnOptions().forEach((column, options) ->
                out.add(new Change.SetForeignColumnOptions(table.name(), column, List.of(), options)));
    }

    /** Whether a server must be dropped and created again: PostgreSQL cannot change its type or wrapper. */
    static boolean isRecreated(ForeignServer from, ForeignServer to) {
        return !from.wrapper().equals(to.wrapper()) || !Objects.equals(from.type(), to.type());
    }

    static void compareMappings(UserMapping from, UserMapping to, List<Change> out) {
        if (!from.options().equals(to.options())) {
            out.add(new Change.AlterUserMapping(from, to));
        }
    }

    /** The options of a foreign table and of its columns (both sides foreign tables on the same server). */
    static void compareTableOptions(Table from, Table to, List<Change> out) {
        ForeignTableOptions a = from.properties().foreign();
        ForeignTableOptions b = to.properties().foreign();
        if (!a.options().equals(b.options())) {
            out.add(new Change.SetForeignTableOptions(to.name(), a.options(), b.options()));
        }
        // a new column gets its options after ADD COLUMN, from none
        for (Column column : to.columns()) {
            List<String> was = a.columnOptions(column.name());
            List<String> now = b.columnOptions(column.name());
            if (!was.equals(now)) {
                out.add(new Change.SetForeignColumnOptions(to.name(), column.name(), was, now));
            }
        }
    }
}
