package dev.schemata.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Prints a catalog one fact per line, in identity order, so that equal catalogs print equal text. */
final class CanonicalText {
    private final StringBuilder out = new StringBuilder();

    private CanonicalText() {}

    static String of(Catalog catalog) {
        CanonicalText text = new CanonicalText();
        catalog.schemas().forEach(s -> text.line(0, "schema " + s.name() + comment(s.comment())));
        catalog.extensions().forEach(e -> text.line(0, "extension " + e.name() + " schema " + e.schema()
                + " version " + e.version() + comment(e.comment())));
        catalog.collations().forEach(text::collation);
        catalog.foreignDataWrappers().forEach(w -> text.line(0, "foreign data wrapper " + w.name()
                + (w.handler() == null ? "" : " handler " + w.handler())
                + (w.validator() == null ? "" : " validator " + w.validator())
                + (w.options().isEmpty() ? "" : " options " + w.options()) + comment(w.comment())));
        catalog.foreignServers().forEach(s -> text.line(0, "server " + s.name() + " wrapper " + s.wrapper()
                + (s.type() == null ? "" : " type " + s.type()) + (s.version() == null ? "" : " version " + s.version())
                + (s.options().isEmpty() ? "" : " options " + s.options()) + comment(s.comment())));
        catalog.userMappings().forEach(m -> text.line(0, "user mapping for " + m.userSql() + " server " + m.server()
                + (m.options().isEmpty() ? "" : " options " + m.options())));
        catalog.enums().forEach(e -> text.line(0, "enum " + e.name() + " " + e.labels() + comment(e.comment())));
        catalog.domains().forEach(text::domain);
        catalog.compositeTypes().forEach(text::compositeType);
        catalog.rangeTypes().forEach(r -> text.line(0, "range type " + r.name() + " " + r.definition()
                + comment(r.comment())));
        catalog.sequences().forEach(text::sequence);
        catalog.tables().forEach(text::table);
        catalog.views().forEach(text::view);
        catalog.routines().forEach(text::routine);
        catalog.aggregates().forEach(a -> text.line(0, "aggregate " + a.signature() + " " + a.definition()
                + comment(a.comment())));
        catalog.triggers().forEach(t -> text.line(0, "trigger " + t.name() + " on " + t.table() + state(t.state())
                + " " + t.definition() + comment(t.comment())));
        catalog.policies().forEach(text::policy);
        catalog.statistics().forEach(s -> text.line(0, "statistics " + s.name() + " on " + s.table()
                + (s.statisticsTarget() == null ? "" : " target " + s.statisticsTarget()) + " " + s.definition()
                + comment(s.comment())));
        catalog.eventTriggers().forEach(e -> text.line(0, "event trigger " + e.name() + " on " + e.event()
                + (e.tags().isEmpty() ? "" : " tags " + e.tags()) + " execute " + e.function() + state(e.state())
                + comment(e.comment())));
        catalog.casts().forEach(c -> text.line(0, "cast " + c.sqlSignature() + " " + c.definition()
                + comment(c.comment())));
        catalog.operators().forEach(o -> text.line(0, "operator " + o.name() + "(" + o.operandTypes() + ") "
                + o.options() + (o.restrict() == null ? "" : " restrict " + o.restrict())
                + (o.join() == null ? "" : " join " + o.join()) + comment(o.comment())));
        catalog.operatorFamilies().forEach(text::operatorFamily);
        catalog.operatorClasses().forEach(c -> text.line(0, "operator class " + c.name() + " using " + c.method()
                + " " + c.definition() + comment(c.comment())));
        catalog.textSearchTemplates().forEach(t -> text.line(0, "text search template " + t.name() + " "
                + t.definition() + comment(t.comment())));
        catalog.textSearchParsers().forEach(p -> text.line(0, "text search parser " + p.name() + " "
                + p.definition() + comment(p.comment())));
        catalog.textSearchDictionaries().forEach(d -> text.line(0, "text search dictionary " + d.name()
                + " template " + d.template() + " " + d.options() + comment(d.comment())));
        catalog.textSearchConfigurations().forEach(text::textSearchConfiguration);
        catalog.conversions().forEach(c -> text.line(0, "conversion " + c.name() + " " + c.definition()
                + comment(c.comment())));
        catalog.publications().forEach(text::publication);
        catalog.dependencies().forEach(d -> text.line(0, "dependency " + d.dependent() + " needs " + d.referenced()));
        catalog.privileges().forEach(text::privilege);
        catalog.defaultPrivileges().forEach(text::defaultPrivilege);
        return text.out.toString();
    }

    static String fingerprint(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private void sequence(Sequence s) {
        line(0, "sequence " + s.name() + " " + options(s.options())
                + (s.ownedBy() == null ? "" : " owned by " + s.ownedBy()) + comment(s.comment()));
    }

    private void table(Table t) {
        line(0, "table " + t.name() + comment(t.comment()));
        properties(t.properties());
        columns(t.columns());
        for (Constraint c : t.constraints()) {
            line(1, "constraint " + c.name() + " " + c.definition()
                    + (c.validated() ? "" : " not validated") + comment(c.comment()));
        }
        indexes(t.indexes());
    }

    /** One line per property that differs from a plain table. */
    private void properties(TableProperties p) {
        if (p.partitionKey() != null) line(1, "partition by " + p.partitionKey());
        if (p.partitionOf() != null) line(1, "partition of " + p.partitionOf() + " " + p.partitionBound());
        p.inherits().forEach(parent -> line(1, "inherits " + parent));
        if (p.unlogged()) line(1, "unlogged");
        if (p.accessMethod() != null) line(1, "using " + p.accessMethod());
        p.storageParameters().forEach(parameter -> line(1, "with " + parameter));
        if (!p.replicaIdentity().equals("DEFAULT")) line(1, "replica identity " + p.replicaIdentity());
        if (p.rowSecurity()) line(1, "enable row level security");
        if (p.foreign() != null) {
            line(1, "foreign server " + p.foreign().server()
                    + (p.foreign().options().isEmpty() ? "" : " options " + p.foreign().options()));
            p.foreign().columnOptions().forEach((column, o) -> line(1, "column " + column + " options " + o));
        }
        if (p.forceRowSecurity()) line(1, "force row level security");
    }

    private void publication(Publication p) {
        line(0, "publication " + p.name() + (p.allTables() ? " for all tables" : "") + " publish " + p.publish()
                + (p.viaPartitionRoot() ? " via partition root" : "") + comment(p.comment()));
        p.schemas().forEach(s -> line(1, "tables in schema " + s));
        for (Publication.PublishedTable t : p.tables()) {
            line(1, "table " + t.table() + (t.columns().isEmpty() ? "" : " " + t.columns())
                    + (t.rowFilter() == null ? "" : " where " + t.rowFilter()));
        }
    }

    private void view(View v) {
        line(0, (v.materialized() ? "materialized view " : "view ") + v.name() + comment(v.comment()));
        v.options().forEach(o -> line(1, "option " + o));
        columns(v.columns());
        line(1, "definition " + escaped(v.definition()));
        indexes(v.indexes());
    }

    private void collation(Collation c) {
        line(0, "collation " + c.name() + " provider " + c.provider()
                + (c.locale() == null ? "" : " locale " + c.locale())
                + (c.lcCollate() == null ? "" : " lc_collate " + c.lcCollate())
                + (c.lcCtype() == null ? "" : " lc_ctype " + c.lcCtype())
                + (c.deterministic() ? "" : " nondeterministic")
                + (c.rules() == null ? "" : " rules " + c.rules()) + comment(c.comment()));
    }

    private void operatorFamily(OperatorFamily f) {
        line(0, "operator family " + f.name() + " using " + f.method() + comment(f.comment()));
        f.members().forEach(m -> line(1, "member " + m.definition()));
    }

    private void textSearchConfiguration(TextSearchConfiguration c) {
        line(0, "text search configuration " + c.name() + " parser " + c.parser() + comment(c.comment()));
        c.mappings().forEach(m -> line(1, "mapping " + m.token() + " " + m.dictionaries()));
    }

    private void domain(Domain d) {
        line(0, "domain " + d.name() + " " + d.baseType() + (d.notNull() ? " not null" : "")
                + (d.collation() == null ? "" : " collate " + d.collation())
                + (d.defaultExpression() == null ? "" : " default " + d.defaultExpression()) + comment(d.comment()));
        for (DomainConstraint c : d.constraints()) {
            line(1, "constraint " + c.name() + " " + c.definition() + (c.validated() ? "" : " not validated")
                    + comment(c.comment()));
        }
    }

    private void compositeType(CompositeType t) {
        line(0, "composite type " + t.name() + comment(t.comment()));
        for (Column a : t.attributes()) {
            line(1, "attribute " + a.name() + " " + a.type() + (a.collation() == null ? "" : " collate " + a.collation())
                    + comment(a.comment()));
        }
    }

    private void routine(Routine r) {
        line(0, r.kind().sql().toLowerCase(Locale.ROOT) + " " + r.signature() + " language " + r.language()
                + (r.result() == null ? "" : " returns " + r.result()) + comment(r.comment()));
        line(1, "definition " + escaped(r.definition()));
    }

    private void policy(Policy p) {
        line(0, "policy " + p.name() + " on " + p.table() + (p.permissive() ? " permissive" : " restrictive")
                + " for " + p.command() + " to " + p.roles()
                + (p.using() == null ? "" : " using " + p.using())
                + (p.withCheck() == null ? "" : " with check " + p.withCheck()) + comment(p.comment()));
    }

    private void privilege(Privilege p) {
        String what = p.privilege() + (p.column() == null ? "" : " (" + p.column() + ")") + " on " + p.on();
        line(0, "privilege " + what + (p.granted() ? " granted to " : " revoked from ") + p.grantee()
                + (p.grantable() ? " with grant option" : ""));
    }

    private void defaultPrivilege(DefaultPrivilege p) {
        line(0, "default privilege " + p.privilege() + " on " + p.objects()
                + (p.schema() == null ? "" : " in schema " + p.schema())
                + (p.role() == null ? "" : " for role " + p.role())
                + (p.granted() ? " granted to " : " revoked from ") + p.grantee()
                + (p.grantable() ? " with grant option" : ""));
    }

    private void columns(List<Column> columns) {
        for (Column c : columns) {
            StringBuilder l = new StringBuilder("column ").append(c.name()).append(' ').append(c.type());
            if (c.notNull()) l.append(" not null");
            if (c.collation() != null) l.append(" collate ").append(c.collation());
            if (c.defaultExpression() != null) l.append(" default ").append(c.defaultExpression());
            if (c.identity() != null) {
                l.append(" identity ").append(c.identity().generation()).append(' ')
                        .append(options(c.identity().options()));
            }
            if (c.generatedExpression() != null) l.append(" generated ").append(c.generatedExpression());
            if (c.storage() != null) l.append(" storage ").append(c.storage().setting());
            if (c.compression() != null) l.append(" compression ").append(c.compression());
            line(1, l + comment(c.comment()));
        }
    }

    private void indexes(List<Index> indexes) {
        for (Index i : indexes) {
            line(1, "index " + i.name() + " " + i.definition() + (i.valid() ? "" : " invalid") + comment(i.comment()));
        }
    }

    /** Nothing for the state after CREATE, otherwise the state in lower case. */
    private static String state(TriggerState state) {
        return state == TriggerState.ENABLED ? "" : " " + state.name().toLowerCase(Locale.ROOT);
    }

    private static String options(SequenceOptions o) {
        return Objects.toString(o.dataType()) + " start " + o.start() + " increment " + o.increment()
                + " min " + o.minValue() + " max " + o.maxValue() + " cache " + o.cache() + (o.cycle() ? " cycle" : "");
    }

    private static String comment(String comment) {
        return comment == null ? "" : " -- " + escaped(comment);
    }

    /** One fact per line: a line break inside a definition or comment prints as {@code \n}. */
    private static String escaped(String text) {
        return text.replace("\n", "\\n");
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
