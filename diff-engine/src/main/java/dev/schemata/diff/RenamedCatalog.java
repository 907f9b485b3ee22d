package dev.schemata.diff;

import dev.schemata.catalog.Cast;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.ColumnRef;
import dev.schemata.catalog.CompositeType;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.Dependency;
import dev.schemata.catalog.Domain;
import dev.schemata.catalog.DomainConstraint;
import dev.schemata.catalog.EnumType;
import dev.schemata.catalog.ForeignKey;
import dev.schemata.catalog.Identifiers;
import dev.schemata.catalog.Identity;
import dev.schemata.catalog.Index;
import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.Policy;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Routine;
import dev.schemata.catalog.Sequence;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.TableProperties;
import dev.schemata.catalog.Trigger;
import dev.schemata.catalog.View;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A catalog as it reads after one rename: the object has its new name, and the definitions that name it
 * (keys, indexes, foreign keys, column types, triggers) say the new name, as PostgreSQL would print them.
 * A view's or routine's text follows a renamed table's or type's qualified name only (so that a routine taking
 * the type keeps its identity); what then still reads differently (a view that named the table's columns by its
 * old name) the diff replaces.
 */
final class RenamedCatalog {
    private RenamedCatalog() {}

    static Catalog table(Catalog c, QualifiedName old, String renamed) {
        QualifiedName now = QualifiedName.of(old.schema(), renamed);
        UnaryOperator<String> text = t -> NameText.renameQualified(t, old.schema(), old.name(), renamed);
        UnaryOperator<QualifiedName> name = n -> old.equals(n) ? now : n;
        List<Table> tables = c.tables().stream().map(t -> new Table(name.apply(t.name()), t.columns(),
                t.constraints().stream().map(k -> withDefinition(k, text.apply(k.definition()),
                        k.foreignKey() == null ? null : new ForeignKey(name.apply(k.foreignKey().referencedTable()),
                                k.foreignKey().referencedColumns(), k.foreignKey().onUpdate(),
                                k.foreignKey().onDelete(), k.foreignKey().match()))).toList(),
                t.indexes().stream().map(i -> withDefinition(i, i.name(), text.apply(i.definition()))).toList(),
                t.comment(), properties(t.properties(), name, t.properties().replicaIdentity()))).toList();
        return c.toBuilder()
                .tables(tables)
                .triggers(c.triggers().stream().map(t -> new Trigger(name.apply(t.table()), t.name(),
                        text.apply(t.definition()), t.state(), t.constraintTrigger(), t.function(), t.comment()))
                        .toList())
                .policies(c.policies().stream().map(p -> new Policy(name.apply(p.table()), p.name(), p.permissive(),
                        p.command(), p.roles(), p.using(), p.withCheck(), p.comment())).toList())
                .sequences(c.sequences().stream().map(s -> s.ownedBy() == null ? s : new Sequence(s.name(),
                        s.options(), new ColumnRef(name.apply(s.ownedBy().table()), s.ownedBy().column()),
                        s.comment())).toList())
                .statistics(c.statistics().stream().map(x -> new dev.schemata.catalog.ExtendedStatistics(x.name(),
                        name.apply(x.table()), text.apply(x.definition()), x.statisticsTarget(), x.comment())).toList())
                .views(c.views().stream().map(v -> new View(v.name(), v.materialized(), text.apply(v.definition()),
                        v.columns(), v.options(), v.indexes(), v.comment())).toList())
                .routines(c.routines().stream().map(r -> routine(r, text)).toList())
                .dependencies(dependencies(c, ObjectKind.TABLE, old, now, text))
                .publications(RenamedMembers.table(c.publications(), old, now))
                .privileges(RenamedMembers.object(c.privileges(), ObjectKind.TABLE, old, now))
                .build();
    }

    static Catalog column(Catalog c, QualifiedName table, String old, String renamed) {
        UnaryOperator<String> bare = t -> NameText.renameBare(t, old, renamed);
        UnaryOperator<String> column = n -> old.equals(n) ? renamed : n;
        List<Table> tables = c.tables().stream().map(t -> {
            boolean own = t.name().equals(table);
            List<Constraint> constraints = t.constraints().stream()
                    .map(k -> renameColumnIn(k, own, table, bare, column)).toList();
            if (!own) {
                return new Table(t.name(), t.columns(), constraints, t.indexes(), t.comment(), t.properties());
            }
            List<Column> columns = t.columns().stream().map(col -> new Column(column.apply(col.name()), col.type(),
                    col.notNull(), col.defaultExpression(), col.identity(), bare.apply(col.generatedExpression()),
                    col.collation(), col.comment(), col.storage(), col.compression())).toList();
            List<Index> indexes = t.indexes().stream().map(i -> new Index(i.name(),
                    afterWord(i.definition(), " USING ", bare), i.unique(), i.method(),
                    i.columns().stream().map(n -> n == null ? null : column.apply(n)).toList(),
                    bare.apply(i.predicate()), i.comment())).toList();
            return new Table(t.name(), columns, constraints, indexes, t.comment(), t.properties());
        }).toList();
        UnaryOperator<String> triggerText = t -> NameText.rewrite(t, true, parts -> parts.equals(List.of(old))
                || parts.size() == 2 && parts.get(1).equals(old) && List.of("old", "new").contains(parts.get(0))
                ? List.of(parts.subList(0, parts.size() - 1), List.of(renamed)).stream().flatMap(List::stream).toList()
                : parts);
        return c.toBuilder()
                .tables(tables)
                .sequences(c.sequences().stream().map(s -> new ColumnRef(table, old).equals(s.ownedBy())
                        ? new Sequence(s.name(), s.options(), new ColumnRef(table, renamed), s.comment()) : s).toList())
                .policies(c.policies().stream().map(p -> !p.table().equals(table) ? p : new Policy(p.table(), p.name(),
                        p.permissive(), p.command(), p.roles(), bare.apply(p.using()), bare.apply(p.withCheck()),
                        p.comment())).toList())
                .triggers(c.triggers().stream().map(t -> !t.table().equals(table) ? t : new Trigger(t.table(),
                        t.name(), triggerText.apply(t.definition()), t.state(), t.constraintTrigger(), t.function(),
                        t.comment())).toList())
                .publications(RenamedMembers.column(c.publications(), table, column, bare))
                .privileges(RenamedMembers.column(c.privileges(), table, old, renamed))
                .build();
    }

    /** The local columns of a key on the table, the referenced ones of a foreign key to it. */
    private static Constraint renameColumnIn(Constraint k, boolean own, QualifiedName table,
            UnaryOperator<String> bare, UnaryOperator<String> column) {
        ForeignKey fk = k.foreignKey();
        boolean referenced = fk != null && fk.referencedTable().equals(table);
        if (!own && !referenced) {
            return k;
        }
        String definition = k.definition();
        int references = fk == null ? definition.length() : definition.indexOf(" REFERENCES ");
        String local = definition.substring(0, Math.max(0, references));
        String remote = definition.substring(Math.max(0, references));
        definition = (own ? bare.apply(local) : local) + (referenced ? bare.apply(remote) : remote);
        ForeignKey renamedFk = !referenced ? fk : new ForeignKey(fk.referencedTable(),
                fk.referencedColumns().stream().map(column).toList(), fk.onUpdate(), fk.onDelete(), fk.match());
        return new Constraint(k.name(), k.kind(), definition,
                own ? k.columns().stream().map(column).toList() : k.columns(), renamedFk,
                own ? bare.apply(k.checkExpression()) : k.checkExpression(), k.deferrable(), k.initiallyDeferred(),
                k.validated(), k.comment());
    }

    static Catalog constraint(Catalog c, QualifiedName table, String old, String renamed) {
        return mapTable(c, table, t -> new Table(t.name(), t.columns(), t.constraints().stream()
                .map(k -> !k.name().equals(old) ? k : new Constraint(renamed, k.kind(), k.definition(), k.columns(),
                        k.foreignKey(), k.checkExpression(), k.deferrable(), k.initiallyDeferred(), k.validated(),
                        k.comment())).toList(),
                t.indexes(), t.comment(), replicaIndex(t.properties(), old, renamed)));
    }

    static Catalog index(Catalog c, QualifiedName table, String old, String renamed) {
        return mapTable(c, table, t -> new Table(t.name(), t.columns(), t.constraints(), t.indexes().stream()
                .map(i -> !i.name().equals(old) ? i : withDefinition(i, renamed,
                        beforeWord(i.definition(), " ON ", d -> NameText.renameBare(d, old, renamed))))
                .toList(), t.comment(), replicaIndex(t.properties(), old, renamed)));
    }

    /** An enum, domain or composite type: its name, and every column, attribute and definition that uses it. */
    static Catalog type(Catalog c, ObjectKind kind, QualifiedName old, String renamed) {
        QualifiedName now = QualifiedName.of(old.schema(), renamed);
        UnaryOperator<String> text = t -> NameText.renameQualified(t, old.schema(), old.name(), renamed);
        UnaryOperator<QualifiedName> name = n -> old.equals(n) ? now : n;
        List<Table> tables = c.tables().stream().map(t -> new Table(t.name(),
                t.columns().stream().map(col -> columnTypes(col, text)).toList(),
                t.constraints().stream().map(k -> new Constraint(k.name(), k.kind(), text.apply(k.definition()),
                        k.columns(), k.foreignKey(), text.apply(k.checkExpression()), k.deferrable(),
                        k.initiallyDeferred(), k.validated(), k.comment())).toList(),
                t.indexes().stream().map(i -> new Index(i.name(), text.apply(i.definition()), i.unique(), i.method(),
                        i.columns(), text.apply(i.predicate()), i.comment())).toList(),
                t.comment(), t.properties())).toList();
        return c.toBuilder()
                .tables(tables)
                .enums(c.enums().stream().map(e -> kind != ObjectKind.ENUM ? e
                        : new EnumType(name.apply(e.name()), e.labels(), e.comment())).toList())
                .domains(c.domains().stream().map(d -> new Domain(kind == ObjectKind.DOMAIN ? name.apply(d.name())
                        : d.name(), text.apply(d.baseType()), text.apply(d.defaultExpression()), d.notNull(),
                        d.collation(), d.constraints().stream().map(k -> new DomainConstraint(k.name(),
                                text.apply(k.definition()), k.validated(), k.comment())).toList(), d.comment()))
                        .toList())
                .compositeTypes(c.compositeTypes().stream().map(t -> new CompositeType(
                        kind == ObjectKind.COMPOSITE_TYPE ? name.apply(t.name()) : t.name(),
                        t.attributes().stream().map(a -> columnTypes(a, text)).toList(), t.comment())).toList())
                .routines(c.routines().stream().map(r -> routine(r, text)).toList())
                .casts(c.casts().stream().map(x -> new Cast(text.apply(x.source()), text.apply(x.target()),
                        text.apply(x.definition()), x.comment())).toList())
                .dependencies(dependencies(c, kind, old, now, text))
                .privileges(RenamedMembers.object(c.privileges(), kind, old, now))
                .build();
    }

    /** A sequence, and the defaults that take values from it ({@code nextval('s.name'::regclass)}). */
    static Catalog sequence(Catalog c, QualifiedName old, String renamed) {
        QualifiedName now = QualifiedName.of(old.schema(), renamed);
        String from = Identifiers.literal(old.sql()) + "::regclass";
        String to = Identifiers.literal(now.sql()) + "::regclass";
        UnaryOperator<String> text = t -> t == null ? null : t.replace(from, to);
        return c.toBuilder()
                .sequences(c.sequences().stream().map(s -> !s.name().equals(old) ? s
                        : new Sequence(now, s.options(), s.ownedBy(), s.comment())).toList())
                .tables(c.tables().stream().map(t -> new Table(t.name(), t.columns().stream().map(col -> new Column(
                        col.name(), col.type(), col.notNull(), text.apply(col.defaultExpression()),
                        col.identity() == null || !old.equals(col.identity().sequence()) ? col.identity()
                                : new Identity(col.identity().generation(), col.identity().options(), now),
                        col.generatedExpression(), col.collation(), col.comment(), col.storage(), col.compression()))
                        .toList(), t.constraints(),
                        t.indexes(), t.comment(), t.properties())).toList())
                .dependencies(dependencies(c, ObjectKind.SEQUENCE, old, now, t -> t))
                .privileges(RenamedMembers.object(c.privileges(), ObjectKind.SEQUENCE, old, now))
                .build();
    }

    static Catalog domainConstraint(Catalog c, QualifiedName domain, String old, String renamed) {
        return c.toBuilder().domains(c.domains().stream().map(d -> !d.name().equals(domain) ? d : new Domain(
                d.name(), d.baseType(), d.defaultExpression(), d.notNull(), d.collation(), d.constraints().stream()
                        .map(k -> !k.name().equals(old) ? k
                                : new DomainConstraint(renamed, k.definition(), k.validated(), k.comment()))
                        .toList(), d.comment())).toList()).build();
    }

    /** An enum label, and the defaults that are that label ({@code 'old'::s.type}). */
    static Catalog enumValue(Catalog c, QualifiedName type, String old, String renamed) {
        String from = Identifiers.literal(old) + "::" + type.sql();
        String to = Identifiers.literal(renamed) + "::" + type.sql();
        return c.toBuilder()
                .enums(c.enums().stream().map(e -> !e.name().equals(type) ? e : new EnumType(e.name(),
                        e.labels().stream().map(l -> l.equals(old) ? renamed : l).toList(), e.comment())).toList())
                .tables(c.tables().stream().map(t -> new Table(t.name(), t.columns().stream()
                        .map(col -> from.equals(col.defaultExpression()) ? col.withDefault(to) : col).toList(),
                        t.constraints(), t.indexes(), t.comment(), t.properties())).toList())
                .build();
    }

    private static Column columnTypes(Column col, UnaryOperator<String> text) {
        return new Column(col.name(), text.apply(col.type()), col.notNull(), text.apply(col.defaultExpression()),
                col.identity(), text.apply(col.generatedExpression()), col.collation(), col.comment(), col.storage(),
                col.compression());
    }

    private static Catalog mapTable(Catalog c, QualifiedName table, UnaryOperator<Table> change) {
        return c.toBuilder()
                .tables(c.tables().stream().map(t -> t.name().equals(table) ? change.apply(t) : t).toList())
                .build();
    }

    private static Constraint withDefinition(Constraint k, String definition, ForeignKey foreignKey) {
        return new Constraint(k.name(), k.kind(), definition, k.columns(), foreignKey, k.checkExpression(),
                k.deferrable(), k.initiallyDeferred(), k.validated(), k.comment());
    }

    private static Index withDefinition(Index i, String name, String definition) {
        return new Index(name, definition, i.unique(), i.method(), i.columns(), i.predicate(), i.comment(), i.valid());
    }

    private static TableProperties properties(TableProperties p, UnaryOperator<QualifiedName> name,
            String replicaIdentity) {
        return new TableProperties(p.rowSecurity(), p.forceRowSecurity(), p.partitionKey(),
                p.partitionOf() == null ? null : name.apply(p.partitionOf()), p.partitionBound(),
                p.inherits().stream().map(name).toList(), p.unlogged(), replicaIdentity, p.storageParameters(),
                p.accessMethod(), p.foreign(), p.attachedConstraints(), p.attachedIndexes());
    }

    /** {@code REPLICA IDENTITY USING INDEX old} follows the index (a key's index has the key's name). */
    private static TableProperties replicaIndex(TableProperties p, String old, String renamed) {
        String identity = p.replicaIdentity().equals("USING INDEX " + Identifiers.quote(old))
                ? "USING INDEX " + Identifiers.quote(renamed) : p.replicaIdentity();
        return properties(p, n -> n, identity);
    }

    /** A routine whose arguments or result are the renamed table's row type or the renamed type. */
    private static Routine routine(Routine r, UnaryOperator<String> text) {
        return new Routine(r.name(), text.apply(r.argumentTypes()), text.apply(r.identityArguments()),
                text.apply(r.arguments()), r.kind(), r.language(), text.apply(r.result()), text.apply(r.definition()),
                r.comment());
    }

    /** The renamed object's id, and the argument types of routines and aggregates that name it. */
    private static List<Dependency> dependencies(Catalog c, ObjectKind kind, QualifiedName old, QualifiedName now,
            UnaryOperator<String> argumentTypes) {
        ObjectId from = ObjectId.of(kind, old);
        ObjectId to = ObjectId.of(kind, now);
        UnaryOperator<ObjectId> id = o -> from.equals(o) ? to
                : o.kind() == ObjectKind.CAST // named by its types: (source AS target)
                        ? new ObjectId(o.kind(), QualifiedName.of("", argumentTypes.apply(o.name().name())), null)
                : o.argumentTypes() == null ? o
                : new ObjectId(o.kind(), o.name(), argumentTypes.apply(o.argumentTypes()));
        return c.dependencies().stream().map(d -> new Dependency(id.apply(d.dependent()), id.apply(d.referenced())))
                .toList();
    }

    /** Rewrites the text from the first {@code word} on; all of it when the word is missing. */
    private static String afterWord(String text, String word, UnaryOperator<String> rewrite) {
        int at = text.indexOf(word);
        return at < 0 ? rewrite.apply(text) : text.substring(0, at) + rewrite.apply(text.substring(at));
    }

    /** Rewrites the text before the first {@code word}. */
    private static String beforeWord(String text, String word, UnaryOperator<String> rewrite) {
        int at = text.indexOf(word);
        return at < 0 ? text : rewrite.apply(text.substring(0, at)) + text.substring(at);
    }
}
