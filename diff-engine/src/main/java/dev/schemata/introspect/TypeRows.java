package dev.schemata.introspect;

import dev.schemata.catalog.CompositeType;
import dev.schemata.catalog.Domain;
import dev.schemata.catalog.DomainConstraint;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.RangeType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Maps rows of the domain, composite type and range type queries to catalog records. */
final class TypeRows {
    private TypeRows() {}

    /** Reads the domain constraints, grouped by domain and sorted by name, for {@link #domain}. */
    static Map<QualifiedName, List<DomainConstraint>> domainConstraints(QueryRunner runner, List<String> schemas)
            throws SQLException {
        return runner.list(CatalogQuery.DOMAIN_CONSTRAINTS, schemas, TypeRows::domainConstraint).stream()
                .sorted(Comparator.comparing(owned -> owned.item().name()))
                .collect(Collectors.groupingBy(TableRows.Owned::table,
                        Collectors.mapping(TableRows.Owned::item, Collectors.toCollection(ArrayList::new))));
    }

    private static TableRows.Owned<DomainConstraint> domainConstraint(ResultSet row) throws SQLException {
        DomainConstraint constraint = new DomainConstraint(
                row.getString("name"),
                row.getString("definition"),
                row.getBoolean("validated"),
                row.getString("comment"));
        return new TableRows.Owned<>(
                QualifiedName.of(row.getString("schema_name"), row.getString("domain_name")), constraint);
    }

    static Domain domain(ResultSet row, Map<QualifiedName, List<DomainConstraint>> constraints) throws SQLException {
        QualifiedName name = RelationRows.name(row);
        return new Domain(
                name,
                row.getString("base_type"),
                row.getString("default_expression"),
                row.getBoolean("not_null"),
                row.getString("collation"),
                constraints.getOrDefault(name, List.of()),
                row.getString("comment"));
    }

    static RangeType rangeType(ResultSet row) throws SQLException {
        return new RangeType(RelationRows.name(row), row.getString("subtype"), row.getString("definition"),
                row.getString("comment"));
    }

    static CompositeType compositeType(ResultSet row, RelationParts parts) throws SQLException {
        QualifiedName name = RelationRows.name(row);
        return new CompositeType(name, parts.columns(name), row.getString("comment"));
    }
}
