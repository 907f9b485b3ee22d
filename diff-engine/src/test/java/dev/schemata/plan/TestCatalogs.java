package dev.schemata.plan;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.ConstraintKind;
import dev.schemata.catalog.EnumType;
import dev.schemata.catalog.ForeignKey;
import dev.schemata.catalog.Index;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Schema;
import dev.schemata.catalog.Sequence;
import dev.schemata.catalog.Table;
import java.util.ArrayList;
import java.util.List;

/** Hand-built catalog objects for tests that need no database, spelled as PostgreSQL would report them. */
public final class TestCatalogs {
    private TestCatalogs() {}

    public static QualifiedName name(String table) {
        return QualifiedName.of("public", table);
    }

    public static Column col(String name, String type) {
        return Column.of(name, type);
    }

    public static Column notNull(String name, String type) {
        return Column.of(name, type).withNotNull(true);
    }

    public static Constraint pk(String table, String... columns) {
        return key(table + "_pkey", ConstraintKind.PRIMARY_KEY, "PRIMARY KEY", columns);
    }

    public static Constraint unique(String name, String... columns) {
        return key(name, ConstraintKind.UNIQUE, "UNIQUE", columns);
    }

    public static Constraint check(String name, String expression) {
        return new Constraint(name, ConstraintKind.CHECK, "CHECK (" + expression + ")", List.of(), null,
                expression, false, false, true, null);
    }

    public static Constraint fk(String name, String column, String referencedTable, String referencedColumn) {
        return new Constraint(name, ConstraintKind.FOREIGN_KEY,
                "FOREIGN KEY (" + column + ") REFERENCES public." + referencedTable + "(" + referencedColumn + ")",
                List.of(column), new ForeignKey(name(referencedTable), List.of(referencedColumn), "NO ACTION",
                        "NO ACTION", "SIMPLE"),
                null, false, false, true, null);
    }

    public static Index index(String name, String table, String column) {
        return new Index(name, "CREATE INDEX " + name + " ON public." + table + " USING btree (" + column + ")",
                false, "btree", List.of(column), null, null);
    }

    public static Table table(String name, List<Column> columns, Object... constraintsAndIndexes) {
        List<Constraint> constraints = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        for (Object o : constraintsAndIndexes) {
            if (o instanceof Constraint c) {
                constraints.add(c);
            } else {
                indexes.add((Index) o);
            }
        }
        return new Table(name(name), columns, constraints, indexes, null);
    }

    public static EnumType enumType(String name, String... labels) {
        return new EnumType(name(name), List.of(labels), null);
    }

    public static Catalog catalog(Object... objects) {
        List<Table> tables = new ArrayList<>();
        List<EnumType> enums = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        List<Schema> schemas = new ArrayList<>(List.of(new Schema("public", null)));
        for (Object o : objects) {
            if (o instanceof Table t) {
                tables.add(t);
            } else if (o instanceof EnumType e) {
                enums.add(e);
            } else if (o instanceof Sequence s) {
                sequences.add(s);
            } else {
                schemas.add((Schema) o);
            }
        }
        return new Catalog(schemas, tables, enums, sequences);
    }

    private static Constraint key(String name, ConstraintKind kind, String words, String... columns) {
        return new Constraint(name, kind, words + " (" + String.join(", ", columns) + ")", List.of(columns), null,
                null, false, false, true, null);
    }
}
