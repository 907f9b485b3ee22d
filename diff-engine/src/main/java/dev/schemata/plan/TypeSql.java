package dev.schemata.plan;

import static dev.schemata.catalog.Identifiers.quote;

import dev.schemata.catalog.Column;
import dev.schemata.catalog.CompositeType;
import dev.schemata.catalog.Domain;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.AddAttribute;
import dev.schemata.diff.Change.AddDomainConstraint;
import dev.schemata.diff.Change.AlterAttributeType;
import dev.schemata.diff.Change.CreateCompositeType;
import dev.schemata.diff.Change.CreateDomain;
import dev.schemata.diff.Change.DropAttribute;
import dev.schemata.diff.Change.DropCompositeType;
import dev.schemata.diff.Change.DropDomain;
import dev.schemata.diff.Change.DropDomainConstraint;
import dev.schemata.diff.Change.SetDomainDefault;
import dev.schemata.diff.Change.SetDomainNotNull;
import java.util.stream.Collectors;

/** The SQL of domain and composite type changes. */
final class TypeSql {
    private TypeSql() {}

    /** The statement, or null when the change is of another kind. */
    static String of(Change change) {
        if (change instanceof CreateDomain c) return createDomain(c.domain());
        if (change instanceof DropDomain c) return "DROP DOMAIN " + c.domain().name().sql();
        if (change instanceof SetDomainDefault c) {
            return "ALTER DOMAIN " + c.domain().sql()
                    + (c.expression() == null ? " DROP DEFAULT" : " SET DEFAULT " + c.expression());
        }
        if (change instanceof SetDomainNotNull c) {
            return "ALTER DOMAIN " + c.domain().sql() + (c.notNull() ? " SET NOT NULL" : " DROP NOT NULL");
        }
        if (change instanceof AddDomainConstraint c) {
            return "ALTER DOMAIN " + c.domain().sql() + " ADD CONSTRAINT " + quote(c.constraint().name()) + " "
                    + c.constraint().definition();
        }
        if (change instanceof DropDomainConstraint c) {
            return "ALTER DOMAIN " + c.domain().sql() + " DROP CONSTRAINT " + quote(c.constraint().name());
        }
        if (change instanceof CreateCompositeType c) return createComposite(c.type());
        if (change instanceof DropCompositeType c) return "DROP TYPE " + c.type().name().sql();
        if (change instanceof Change.CreateRangeType c) return c.type().definition();
        if (change instanceof Change.DropRangeType c) return "DROP TYPE " + c.type().name().sql();
        if (change instanceof Change.RenameDomainAside c) {
            return "ALTER DOMAIN " + c.domain().sql() + " RENAME TO " + quote(c.newName());
        }
        if (change instanceof Change.RenameRangeAside c) {
            return (c.arguments() == null ? "ALTER TYPE " + c.name().sql()
                    : "ALTER FUNCTION " + c.name().sql() + "(" + c.arguments() + ")") + " RENAME TO " + quote(c.newName());
        }
        if (change instanceof AddAttribute c) {
            return "ALTER TYPE " + c.type().sql() + " ADD ATTRIBUTE " + attribute(c.attribute());
        }
        if (change instanceof DropAttribute c) {
            return "ALTER TYPE " + c.type().sql() + " DROP ATTRIBUTE " + quote(c.attribute().name());
        }
        if (change instanceof AlterAttributeType c) {
            return "ALTER TYPE " + c.type().sql() + " ALTER ATTRIBUTE " + quote(c.attribute().name()) + " TYPE "
                    + c.attribute().type() + (c.attribute().collation() == null ? ""
                    : " COLLATE " + c.attribute().collation());
        }
        return null;
    }

    private static String createDomain(Domain d) {
        StringBuilder sql = new StringBuilder("CREATE DOMAIN ").append(d.name().sql()).append(" AS ")
                .append(d.baseType());
        if (d.collation() != null) sql.append(" COLLATE ").append(d.collation());
        if (d.defaultExpression() != null) sql.append(" DEFAULT ").append(d.defaultExpression());
        if (d.notNull()) sql.append(" NOT NULL");
        // NOT VALID checks cannot be declared here: they follow as ALTER DOMAIN
        d.constraints().stream().filter(c -> c.validated())
                .forEach(c -> sql.append(" CONSTRAINT ").append(quote(c.name())).append(' ').append(c.definition()));
        return sql.toString();
    }

    private static String createComposite(CompositeType t) {
        return "CREATE TYPE " + t.name().sql() + " AS ("
                + t.attributes().stream().map(TypeSql::attribute).collect(Collectors.joining(", ")) + ")";
    }

    private static String attribute(Column a) {
        return quote(a.name()) + " " + a.type() + (a.collation() == null ? "" : " COLLATE " + a.collation());
    }
}
