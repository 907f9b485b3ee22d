package dev.schemata.plan;

import static dev.schemata.catalog.Identifiers.literal;
import static dev.schemata.catalog.Identifiers.quote;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.ColumnRef;
import dev.schemata.catalog.ForeignTableOptions;
import dev.schemata.catalog.Identity;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.TableProperties;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.AddColumn;
import dev.schemata.diff.Change.AddConstraint;
import dev.schemata.diff.Change.AddEnumValue;
import dev.schemata.diff.Change.AddIdentity;
import dev.schemata.diff.Change.AlterIdentity;
import dev.schemata.diff.Change.AlterSequence;
import dev.schemata.diff.Change.ChangeColumnType;
import dev.schemata.diff.Change.CreateEnum;
import dev.schemata.diff.Change.CreateIndex;
import dev.schemata.diff.Change.CreateSchema;
import dev.schemata.diff.Change.CreateSequence;
import dev.schemata.diff.Change.CreateTable;
import dev.schemata.diff.Change.DropColumn;
import dev.schemata.diff.Change.DropConstraint;
import dev.schemata.diff.Change.DropDefault;
import dev.schemata.diff.Change.DropEnum;
import dev.schemata.diff.Change.DropIdentity;
import dev.schemata.diff.Change.DropIndex;
import dev.schemata.diff.Change.DropNotNull;
import dev.schemata.diff.Change.DropSchema;
import dev.schemata.diff.Change.DropSequence;
import dev.schemata.diff.Change.DropTable;
import dev.schemata.diff.Change.SetComment;
import dev.schemata.diff.Change.SetDefault;
import dev.schemata.diff.Change.SetNotNull;
import dev.schemata.diff.Change.SetSequenceOwner;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The SQL of each change: one statement, without a trailing semicolon. */
final class Sql {
    private Sql() {}

    /** @param current the catalog the plan starts from, which tells enum types from others */
    static String of(Change change, Catalog current) {
        if (change instanceof Change.Rename r) return rename(r);
        if (change instanceof CreateSchema c) return "CREATE SCHEMA " + quote(c.schema().name());
        if (change instanceof DropSchema c) return "DROP SCHEMA " + quote(c.schema().name());
        if (change instanceof CreateTable c) return createTable(c.table());
        if (change instanceof DropTable c) {
            return (c.table().properties().isForeign() ? "DROP FOREIGN TABLE " : "DROP TABLE ") + c.table().name().sql();
        }
        if (change instanceof AddColumn c) return alterTable(c.table()) + "ADD COLUMN " + column(c.definition());
        if (change instanceof DropColumn c) return alterTable(c.table()) + "DROP COLUMN " + quote(c.column());
        if (change instanceof ChangeColumnType c) return alterColumn(c) + changeType(c.table(), c.from(), c.to(), current);
        if (change instanceof Change.ColumnChange c) return alterColumn(c) + columnAlteration(c);
        if (change instanceof AddConstraint c) {
            return alterTable(c.table()) + "ADD CONSTRAINT " + quote(c.constraint().name()) + " "
                    + c.constraint().definition();
        }
        if (change instanceof Change.ValidateConstraint c) {
            return alterTable(c.table()) + "VALIDATE CONSTRAINT " + quote(c.constraint().name());
        }
        if (change instanceof DropConstraint c) {
            return alterTable(c.table()) + "DROP CONSTRAINT " + quote(c.constraint().name());
        }
        // pg_get_indexdef says ON ONLY for a partitioned table's index: created so, partitions would lack it
        if (change instanceof CreateIndex c) return c.index().definition().replaceFirst(" ON ONLY ", " ON ");
        if (change instanceof Change.AttachPartition c) {
            return alterTable(c.parent()) + "ATTACH PARTITION " + c.partition().sql() + " " + c.bound();
        }
        if (change instanceof Change.AddInherit c) return alterTable(c.table()) + "INHERIT " + c.parent().sql();
        if (change instanceof Change.DropInherit c) return alterTable(c.table()) + "NO INHERIT " + c.parent().sql();
        if (change instanceof Change.DetachPartition c) {
            return alterTable(c.parent()) + "DETACH PARTITION " + c.partition().sql();
        }
        if (change instanceof DropIndex c) {
            return "DROP INDEX " + QualifiedName.of(c.table().schema(), c.index().name()).sql();
        }
        if (change instanceof CreateEnum c) {
            return "CREATE TYPE " + c.type().name().sql() + " AS ENUM ("
                    + c.type().labels().stream().map(l -> literal(l)).collect(Collectors.joining(", ")) + ")";
        }
        if (change instanceof DropEnum c) return "DROP TYPE " + c.type().name().sql();
        if (change instanceof AddEnumValue c) return addEnumValue(c);
        if (change instanceof Change.SetLogged c) {
            return alterTable(c.table()) + (c.unlogged() ? "SET UNLOGGED" : "SET LOGGED");
        }
        if (change instanceof Change.SetReplicaIdentity c) return alterTable(c.table()) + "REPLICA IDENTITY " + c.identity();
        if (change instanceof Change.SetStorageParameters c) {
            List<String> actions = new ArrayList<>();
            if (!c.set().isEmpty()) actions.add("SET (" + String.join(", ", c.set()) + ")");
            if (!c.reset().isEmpty()) actions.add("RESET (" + String.join(", ", c.reset()) + ")");
            return alterTable(c.table()) + String.join(", ", actions);
        }
        if (change instanceof Change.RenameEnum c) {
            return "ALTER TYPE " + c.type().name().sql() + " RENAME TO " + quote(c.newName());
        }
        if (change instanceof CreateSequence c) {
            return join("CREATE SEQUENCE " + c.sequence().name().sql(),
                    SequenceSql.options(c.sequence().options(), true));
        }
        if (change instanceof DropSequence c) return "DROP SEQUENCE " + c.sequence().name().sql();
        if (change instanceof AlterSequence c) {
            return join("ALTER SEQUENCE " + c.sequence().sql(), SequenceSql.changedOptions(c.from(), c.to(), true));
        }
        if (change instanceof SetSequenceOwner c) {
            return "ALTER SEQUENCE " + c.sequence().sql() + " OWNED BY " + (c.to() == null ? "NONE" : column(c.to()));
        }
        if (change instanceof SetComment c) return CommentSql.of(c);
        if (change instanceof Change.CreatePolicy || change instanceof Change.DropPolicy
                || change instanceof Change.SetRowSecurity) {
            return PolicySql.of(change);
        }
        String privilege = PrivilegeSql.of(change);
        if (privilege != null) return privilege;
        String program = ProgramSql.of(change);
        if (program != null) return program;
        String publication = PublicationSql.of(change);
        if (publication != null) return publication;
        String foreign = ForeignSql.of(change);
        if (foreign != null) return foreign;
        String database = DatabaseObjectSql.of(change);
        if (database != null) return database;
        String operator = OperatorSql.of(change);
        if (operator != null) return operator;
        String type = TypeSql.of(change);
        if (type != null) return type;
        if (change instanceof Change.CreateView || change instanceof Change.DropView
                || change instanceof Change.ReplaceView) {
            return ViewSql.of(change);
        }
        throw new IllegalArgumentException("no SQL for " + change);
    }

    private static String rename(Change.Rename change) {
        if (change instanceof Change.RenameTable c) return alterTable(c.table()) + "RENAME TO " + quote(c.newName());
        if (change instanceof Change.RenameColumn c) {
            return alterTable(c.table()) + "RENAME COLUMN " + quote(c.from()) + " TO " + quote(c.to());
        }
        if (change instanceof Change.RenameConstraint c) {
            return alterTable(c.table()) + "RENAME CONSTRAINT " + quote(c.from()) + " TO " + quote(c.to());
        }
        if (change instanceof Change.RenameIndex c) {
            return "ALTER INDEX " + c.index().sql() + " RENAME TO " + quote(c.newName());
        }
        if (change instanceof Change.RenameType c) {
            return (c.kind() == dev.schemata.catalog.ObjectKind.DOMAIN ? "ALTER DOMAIN " : "ALTER TYPE ")
                    + c.type().sql() + " RENAME TO " + quote(c.newName());
        }
        if (change instanceof Change.RenameSequence c) {
            return "ALTER SEQUENCE " + c.sequence().sql() + " RENAME TO " + quote(c.newName());
        }
        if (change instanceof Change.RenameDomainConstraint c) {
            return "ALTER DOMAIN " + c.domain().sql() + " RENAME CONSTRAINT " + quote(c.from()) + " TO "
                    + quote(c.to());
        }
        Change.RenameEnumValue c = (Change.RenameEnumValue) change;
        return "ALTER TYPE " + c.type().sql() + " RENAME VALUE " + literal(c.from()) + " TO " + literal(c.to());
    }

    private static String columnAlteration(Change.ColumnChange change) {
        if (change instanceof SetDefault c) return "SET DEFAULT " + c.expression();
        if (change instanceof DropDefault) return "DROP DEFAULT";
        if (change instanceof Change.SetColumnStorage c) return "SET STORAGE " + c.storage();
        if (change instanceof Change.SetColumnCompression c) {
            return "SET COMPRESSION " + (c.compression() == null ? "DEFAULT" : c.compression());
        }
        if (change instanceof SetNotNull) return "SET NOT NULL";
        if (change instanceof DropNotNull) return "DROP NOT NULL";
        if (change instanceof AddIdentity c) return "ADD " + identity(c.identity());
        if (change instanceof DropIdentity) return "DROP IDENTITY";
        if (change instanceof AlterIdentity c) return alterIdentity(c.from(), c.to());
        if (change instanceof Change.ConvertColumn c) {
            String arrays = c.definition().type().substring(c.definition().type().indexOf("[]") < 0
                    ? c.definition().type().length() : c.definition().type().indexOf("[]"));
            String type = c.type().sql() + arrays;
            return "TYPE " + type + " USING " + quote(c.definition().name()) + "::text" + arrays + "::" + type;
        }
        throw new IllegalArgumentException("no SQL for " + change);
    }

    private static String createTable(Table table) {
        TableProperties p = table.properties();
        StringBuilder sql = new StringBuilder(p.isForeign() ? "CREATE FOREIGN TABLE "
                : p.unlogged() ? "CREATE UNLOGGED TABLE " : "CREATE TABLE ");
        sql.append(table.name().sql());
        if (p.partitionOf() != null) {
            // a partition takes its columns from the parent; its own constraints follow as ALTER TABLE
            sql.append(" PARTITION OF ").append(p.partitionOf().sql()).append(' ').append(p.partitionBound());
        } else {
            List<String> lines = new ArrayList<>();
            table.columns().forEach(c -> lines.add(p.isForeign() ? foreignColumn(c, p.foreign()) : column(c)));
            table.constraints().stream().filter(Steps::isInline)
                    .forEach(c -> lines.add("CONSTRAINT " + quote(c.name()) + " " + c.definition()));
            sql.append(" (\n    ").append(String.join(",\n    ", lines)).append("\n)");
            if (!p.inherits().isEmpty()) {
                sql.append(" INHERITS (").append(p.inherits().stream().map(QualifiedName::sql)
                        .collect(Collectors.joining(", "))).append(')');
            }
        }
        if (p.partitionKey() != null) {
            sql.append(" PARTITION BY ").append(p.partitionKey());
        }
        if (p.accessMethod() != null) {
            sql.append(" USING ").append(quote(p.accessMethod()));
        }
        if (!p.storageParameters().isEmpty()) {
            sql.append(" WITH (").append(String.join(", ", p.storageParameters())).append(')');
        }
        if (p.isForeign()) {
            sql.append(" SERVER ").append(quote(p.foreign().server())).append(ForeignSql.options(p.foreign().options()));
        }
        return sql.toString();
    }

    /** A column of CREATE FOREIGN TABLE: its options follow the type. */
    private static String foreignColumn(Column c, ForeignTableOptions foreign) {
        String plain = column(c);
        String head = quote(c.name()) + " " + c.type();
        return head + ForeignSql.options(foreign.columnOptions(c.name())) + plain.substring(head.length());
    }

    /** A column as CREATE TABLE and ADD COLUMN declare it. */
    private static String column(Column c) {
        StringBuilder sql = new StringBuilder(quote(c.name())).append(' ').append(c.type());
        if (c.collation() != null) {
            sql.append(" COLLATE ").append(collation(c.collation()));
        }
        if (c.generatedExpression() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(c.generatedExpression()).append(") STORED");
        } else if (c.identity() != null) {
            sql.append(' ').append(identity(c.identity()));
        } else if (c.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(c.defaultExpression());
        }
        if (c.notNull()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    private static String changeType(QualifiedName table, Column from, Column to, Catalog current) {
        StringBuilder sql = new StringBuilder("TYPE ").append(to.type());
        if (to.collation() != null) {
            sql.append(" COLLATE ").append(collation(to.collation()));
        } else if (from.collation() != null && from.type().equals(to.type())) {
            sql.append(" COLLATE \"default\""); // back to the type's own; a new type brings its own anyway
        } // and a type without collations (date, say) refuses any COLLATE (property seed 538)
        boolean foreign = current.table(table).map(t -> t.properties().isForeign()).orElse(false);
        // a foreign table holds no rows to convert, and PostgreSQL refuses USING on it
        if (!foreign && TypeConversion.of(from.type(), to.type()) != TypeConversion.NO_REWRITE) {
            sql.append(" USING ").append(quote(to.name())).append("::");
            if (References.isEnum(from.type(), current) || !DirectCasts.exist(from.type(), to.type(), current)) {
                // PostgreSQL casts every type to text and text to every type, but not an enum to another type,
                // nor, say, bytea to an enum or a date to an integer
                int dimensions = from.type().indexOf("[]");
                boolean arrays = dimensions >= 0 && to.type().endsWith("[]"); // else text[] casts to no scalar
                sql.append("text").append(arrays ? from.type().substring(dimensions) : "").append("::");
            }
            sql.append(to.type());
        }
        return sql.toString();
    }

    private static String identity(Identity identity) {
        List<String> options = SequenceSql.options(identity.options(), false);
        return "GENERATED " + identity.generation().sql() + " AS IDENTITY"
                + (options.isEmpty() ? "" : " (" + String.join(" ", options) + ")");
    }

    private static String alterIdentity(Identity from, Identity to) {
        List<String> parts = new ArrayList<>();
        if (from.generation() != to.generation()) {
            parts.add("SET GENERATED " + to.generation().sql());
        }
        SequenceSql.changedOptions(from.options(), to.options(), false).forEach(o -> parts.add("SET " + o));
        return String.join(" ", parts);
    }

    private static String addEnumValue(AddEnumValue c) {
        String sql = "ALTER TYPE " + c.type().sql() + " ADD VALUE " + literal(c.label());
        if (c.before() != null) return sql + " BEFORE " + literal(c.before());
        if (c.after() != null) return sql + " AFTER " + literal(c.after());
        return sql;
    }

    /** A collation name as the catalog holds it: quoted and qualified already, or a bare name. */
    private static String collation(String name) {
        return name.contains("\"") || name.contains(".") ? name : quote(name);
    }

    private static String alterTable(QualifiedName table) {
        return "ALTER TABLE " + table.sql() + " ";
    }

    private static String alterColumn(Change.ColumnChange c) {
        return alterTable(c.table()) + "ALTER COLUMN " + quote(c.column()) + " ";
    }

    static String column(ColumnRef ref) {
        return ref.table().sql() + "." + quote(ref.column());
    }

    private static String join(String head, List<String> options) {
        return options.isEmpty() ? head : head + " " + String.join(" ", options);
    }
}
