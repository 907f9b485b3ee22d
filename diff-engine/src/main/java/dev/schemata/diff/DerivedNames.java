package dev.schemata.diff;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.Domain;
import dev.schemata.catalog.DomainConstraint;
import dev.schemata.catalog.Index;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import dev.schemata.diff.Change.Rename;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Names PostgreSQL made up from a table's or column's name ({@code accounts_pkey}, {@code orders_amt_check},
 * {@code accounts_id_seq}, an identity column's sequence, a domain's {@code amount_check}) follow its rename, when the desired catalog has the
 * name made up from the new one and not the old: otherwise a renamed table would drop and add its primary key.
 */
final class DerivedNames {
    /** The renames that follow, and the catalog after them. */
    record Followed(List<Rename> changes, Catalog catalog) {}

    private final Catalog desired;
    private final List<Rename> changes = new ArrayList<>();
    private Catalog catalog;

    private DerivedNames(Catalog catalog, Catalog desired) {
        this.catalog = catalog;
        this.desired = desired;
    }

    /** @param renames the renames the annotations ask for; {@code catalog} reads as after them */
    static Followed follow(List<Rename> renames, Catalog catalog, Catalog desired) {
        DerivedNames d = new DerivedNames(catalog, desired);
        Map<QualifiedName, List<UnaryOperator<String>>> tables = new LinkedHashMap<>();
        for (Rename r : renames) {
            if (r instanceof Change.RenameTable t) {
                String old = t.table().name() + "_";
                String now = t.newName() + "_";
                tables.computeIfAbsent(QualifiedName.of(t.table().schema(), t.newName()), k -> new ArrayList<>())
                        .add(0, n -> n.startsWith(old) ? now + n.substring(old.length()) : n);
            } else if (r instanceof Change.RenameColumn c) {
                tables.computeIfAbsent(c.table(), k -> new ArrayList<>())
                        .add(n -> n.replaceFirst("_" + java.util.regex.Pattern.quote(c.from()) + "_",
                                java.util.regex.Matcher.quoteReplacement("_" + c.to() + "_")));
            } else if (r instanceof Change.RenameType t && t.kind() == ObjectKind.DOMAIN) {
                d.domain(QualifiedName.of(t.type().schema(), t.newName()), t.type().name(), t.newName());
            }
        }
        tables.forEach(d::table);
        return new Followed(d.changes, d.catalog);
    }

    private void table(QualifiedName name, List<UnaryOperator<String>> substitutions) {
        UnaryOperator<String> derive = n -> {
            String result = n;
            for (UnaryOperator<String> s : substitutions) result = s.apply(result);
            return result;
        };
        Table current = catalog.table(name).orElse(null);
        Table wanted = desired.table(name).orElse(null);
        if (current == null || wanted == null) return;
        Set<String> currentKeys = names(current.constraints(), Constraint::name);
        Set<String> wantedKeys = names(wanted.constraints(), Constraint::name);
        for (String old : currentKeys) {
            String now = follows(old, derive, currentKeys, wantedKeys);
            if (now != null) {
                changes.add(new Change.RenameConstraint(name, old, now));
                catalog = RenamedCatalog.constraint(catalog, name, old, now);
            }
        }
        Set<String> currentIndexes = names(current.indexes(), Index::name);
        Set<String> wantedIndexes = names(wanted.indexes(), Index::name);
        for (String old : currentIndexes) {
            String now = follows(old, derive, currentIndexes, wantedIndexes);
            if (now != null) {
                changes.add(new Change.RenameIndex(QualifiedName.of(name.schema(), old), now));
                catalog = RenamedCatalog.index(catalog, name, old, now);
            }
        }
        ownedSequences(name, derive);
    }

    /** The sequences the table owns: by OWNED BY (serial columns) and the identity columns' (not a partition's). */
    private void ownedSequences(QualifiedName table, UnaryOperator<String> derive) {
        Set<String> current = sequenceNames(catalog, table.schema());
        Set<String> wanted = sequenceNames(desired, table.schema());
        Set<QualifiedName> owned = new java.util.LinkedHashSet<>();
        catalog.sequences().stream().filter(s -> s.ownedBy() != null && s.ownedBy().table().equals(table))
                .forEach(s -> owned.add(s.name()));
        catalog.table(table).filter(t -> t.properties().partitionOf() == null)
                .ifPresent(t -> owned.addAll(t.identitySequences()));
        for (QualifiedName sequence : owned) {
            String now = sequence.schema().equals(table.schema()) ? follows(sequence.name(), derive, current, wanted) : null;
            if (now != null) {
                changes.add(new Change.RenameSequence(sequence, now));
                catalog = RenamedCatalog.sequence(catalog, sequence, now);
            }
        }
    }

    /** The names of the schema's sequences, identity columns' included. */
    private static Set<String> sequenceNames(Catalog catalog, String schema) {
        Set<QualifiedName> all = new java.util.HashSet<>();
        catalog.sequences().forEach(s -> all.add(s.name()));
        catalog.tables().forEach(t -> all.addAll(t.identitySequences()));
        return all.stream().filter(n -> n.schema().equals(schema)).map(QualifiedName::name).collect(Collectors.toSet());
    }

    private void domain(QualifiedName name, String oldName, String newName) {
        Domain current = catalog.domain(name).orElse(null);
        Domain wanted = desired.domain(name).orElse(null);
        if (current == null || wanted == null) return;
        Set<String> currentKeys = names(current.constraints(), DomainConstraint::name);
        Set<String> wantedKeys = names(wanted.constraints(), DomainConstraint::name);
        UnaryOperator<String> derive = n -> n.startsWith(oldName + "_")
                ? newName + "_" + n.substring(oldName.length() + 1) : n;
        for (String old : currentKeys) {
            String now = follows(old, derive, currentKeys, wantedKeys);
            if (now != null) {
                changes.add(new Change.RenameDomainConstraint(name, old, now));
                catalog = RenamedCatalog.domainConstraint(catalog, name, old, now);
            }
        }
    }

    /** The derived new name when it is wanted and free and the old one is not wanted; else null. */
    private static String follows(String old, UnaryOperator<String> derive, Set<String> current, Set<String> wanted) {
        String now = derive.apply(old);
        return !now.equals(old) && wanted.contains(now) && !current.contains(now) && !wanted.contains(old) ? now : null;
    }

    private static <T> Set<String> names(List<T> items, java.util.function.Function<T, String> name) {
        return items.stream().map(name).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
