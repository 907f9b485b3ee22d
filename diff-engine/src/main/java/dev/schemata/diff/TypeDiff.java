package dev.schemata.diff;

import dev.schemata.catalog.Column;
import dev.schemata.catalog.CompositeType;
import dev.schemata.catalog.Domain;
import dev.schemata.catalog.DomainConstraint;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.RangeType;
import dev.schemata.diff.CommentTarget.Kind;
import java.util.List;
import java.util.Objects;

/**
 * The changes of domains, composite and range types. A domain with another base type or collation is dropped and
 * created (PostgreSQL cannot alter those); everything else is altered in place.
 */
final class TypeDiff {
    private TypeDiff() {}

    static void addDomain(Domain d, List<Change> out) {
        out.add(new Change.CreateDomain(d));
        d.constraints().stream().filter(c -> !c.validated())
                .forEach(c -> out.add(new Change.AddDomainConstraint(d.name(), c)));
        Comments.added(target(d), d.comment(), out);
        d.constraints().forEach(c -> Comments.added(target(d, c), c.comment(), out));
    }

    static void compareDomains(Domain from, Domain to, List<Change> out) {
        if (!from.baseType().equals(to.baseType()) || !Objects.equals(from.collation(), to.collation())) {
            out.add(new Change.DropDomain(from));
            addDomain(to, out);
            return;
        }
        QualifiedName name = to.name();
        if (!Objects.equals(from.defaultExpression(), to.defaultExpression())) {
            out.add(new Change.SetDomainDefault(name, to.defaultExpression()));
        }
        if (from.notNull() != to.notNull()) {
            out.add(new Change.SetDomainNotNull(name, to.notNull()));
        }
        Matching.match(from.constraints(), to.constraints(), DomainConstraint::name,
                c -> addConstraint(to, c, out), c -> out.add(new Change.DropDomainConstraint(name, c)),
                (a, b) -> {
                    if (!a.definition().equals(b.definition()) || a.validated() != b.validated()) {
                        out.add(new Change.DropDomainConstraint(name, a));
                        addConstraint(to, b, out);
                    } else {
                        Comments.compare(target(to, b), a.comment(), b.comment(), out);
                    }
                });
        Comments.compare(target(to), from.comment(), to.comment(), out);
    }

    private static void addConstraint(Domain domain, DomainConstraint c, List<Change> out) {
        out.add(new Change.AddDomainConstraint(domain.name(), c));
        Comments.added(target(domain, c), c.comment(), out);
    }

    static void addRange(RangeType t, List<Change> out) {
        out.add(new Change.CreateRangeType(t));
        Comments.added(CommentTarget.of(Kind.TYPE, t.name()), t.comment(), out);
    }

    /**
     * PostgreSQL alters no property of a range type: another definition means drop and create, which the planner
     * does around the columns that use the type.
     */
    static void compareRanges(RangeType from, RangeType to, List<Change> out) {
        if (!from.definition().equals(to.definition())) {
            out.add(new Change.RecreateRange(from, to));
            Comments.added(CommentTarget.of(Kind.TYPE, to.name()), to.comment(), out);
        } else {
            Comments.compare(CommentTarget.of(Kind.TYPE, to.name()), from.comment(), to.comment(), out);
        }
    }

    static void addComposite(CompositeType t, List<Change> out) {
        out.add(new Change.CreateCompositeType(t));
        Comments.added(CommentTarget.of(Kind.TYPE, t.name()), t.comment(), out);
        for (Column a : t.attributes()) {
            Comments.added(CommentTarget.member(Kind.COLUMN, t.name(), a.name()), a.comment(), out);
        }
    }

    static void compareComposites(CompositeType from, CompositeType to, List<Change> out) {
        QualifiedName name = to.name();
        Matching.match(from.attributes(), to.attributes(), Column::name,
                a -> {
                    out.add(new Change.AddAttribute(name, a));
                    Comments.added(CommentTarget.member(Kind.COLUMN, name, a.name()), a.comment(), out);
                },
                a -> out.add(new Change.DropAttribute(name, a)),
                (a, b) -> {
                    if (!a.type().equals(b.type()) || !Objects.equals(a.collation(), b.collation())) {
                        out.add(new Change.AlterAttributeType(name, b));
                    }
                    Comments.compare(CommentTarget.member(Kind.COLUMN, name, b.name()), a.comment(), b.comment(),
                            out);
                });
        Comments.compare(CommentTarget.of(Kind.TYPE, name), from.comment(), to.comment(), out);
    }

    static CommentTarget target(Domain d) {
        return CommentTarget.of(Kind.DOMAIN, d.name());
    }

    static CommentTarget target(Domain d, DomainConstraint c) {
        return CommentTarget.member(Kind.DOMAIN_CONSTRAINT, d.name(), c.name());
    }
}
