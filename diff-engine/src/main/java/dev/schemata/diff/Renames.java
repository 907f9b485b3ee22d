package dev.schemata.diff;

import dev.schemata.SchemataException;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import dev.schemata.diff.Change.Rename;
import dev.schemata.diff.RenameHint.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What rename annotations ask of one current catalog: the renames to run, and the catalog as it reads after
 * them, which the diff then compares with the desired one (so a renamed column that also changes type gets
 * both). Names PostgreSQL made up from a renamed table's or column's name follow it ({@link DerivedNames}).
 * An annotation whose old name is gone and whose new name exists has been applied already and is
 * ignored; one whose names both exist, or neither (on a database that has objects at all), is an error.
 * Pure: no SQL, no I/O.
 *
 * @param changes the renames, tables and types first, then their members, each in annotation order
 * @param current the current catalog as it reads after the renames
 */
public record Renames(List<Rename> changes, Catalog current) {
    public Renames {
        changes = List.copyOf(changes);
    }

    /**
     * Resolves the annotations against the current catalog; a name without a schema is looked up in the
     * desired one. Annotations of objects outside the desired catalog (a schema not managed) are ignored, and so
     * are all annotations on a database without objects (a new one, created from the files).
     *
     * @throws SchemataException when an annotation names nothing on the target, or a name taken already
     */
    public static Renames of(Catalog current, Catalog desired, List<RenameHint> hints) {
        if (hints.isEmpty() || current.isEmpty()) {
            return new Renames(List.of(), current);
        }
        Resolution r = new Resolution(current, desired);
        hints.stream().filter(h -> !h.kind().isMember()).forEach(r::object);
        hints.stream().filter(h -> h.kind().isMember()).forEach(r::member);
        DerivedNames.Followed followed = DerivedNames.follow(r.changes, r.catalog, desired);
        List<Rename> all = new ArrayList<>(r.changes);
        all.addAll(followed.changes());
        return new Renames(all, followed.catalog());
    }

    private static final class Resolution {
        private final Catalog desired;
        private final List<Rename> changes = new ArrayList<>();
        private Catalog catalog;

        Resolution(Catalog current, Catalog desired) {
            this.catalog = current;
            this.desired = desired;
        }

        void object(RenameHint hint) {
            Kind kind = hint.kind();
            QualifiedName now = declared(hint, kind, hint.name());
            if (now == null) return;
            QualifiedName old = QualifiedName.of(now.schema(), hint.from());
            if (!decide(hint, existsIn(catalog, kind, old), taken(kind, now), old.toString(), now.toString(), "")) {
                return;
            }
            if (kind == Kind.TABLE) {
                changes.add(new Change.RenameTable(old, now.name()));
                catalog = RenamedCatalog.table(catalog, old, now.name());
            } else {
                ObjectKind objectKind = ObjectKind.valueOf(kind.name());
                changes.add(new Change.RenameType(objectKind, old, now.name()));
                catalog = RenamedCatalog.type(catalog, objectKind, old, now.name());
            }
        }

        void member(RenameHint hint) {
            Kind ownerKind = hint.kind() == Kind.ENUM_VALUE ? Kind.ENUM : Kind.TABLE;
            QualifiedName owner = declared(hint, ownerKind, hint.owner());
            if (owner == null) return;
            String in = " in " + ownerKind.words() + " " + owner;
            if (!exists(ownerKind, owner)) {
                throw error(hint, "the " + ownerKind.words() + " " + owner + " does not exist on the target, so"
                        + " neither " + hint.from() + " nor " + hint.name() + " does", "Remove the annotation"
                        + " (the " + ownerKind.words() + " is new), or annotate the " + ownerKind.words()
                        + " with its old name too");
            }
            boolean oldExists = memberExists(hint.kind(), owner, hint.from());
            boolean newExists = memberExists(hint.kind(), owner, hint.name());
            if (!decide(hint, oldExists, newExists, hint.from(), hint.name(), in)) return;
            switch (hint.kind()) {
                case COLUMN -> {
                    changes.add(new Change.RenameColumn(owner, hint.from(), hint.name()));
                    for (QualifiedName t : withDescendants(owner)) {
                        catalog = RenamedCatalog.column(catalog, t, hint.from(), hint.name()); // PostgreSQL recurses
                    }
                }
                case CONSTRAINT -> {
                    changes.add(new Change.RenameConstraint(owner, hint.from(), hint.name()));
                    catalog = RenamedCatalog.constraint(catalog, owner, hint.from(), hint.name());
                }
                case INDEX -> {
                    changes.add(new Change.RenameIndex(QualifiedName.of(owner.schema(), hint.from()), hint.name()));
                    catalog = RenamedCatalog.index(catalog, owner, hint.from(), hint.name());
                }
                default -> {
                    changes.add(new Change.RenameEnumValue(owner, hint.from(), hint.name()));
                    catalog = RenamedCatalog.enumValue(catalog, owner, hint.from(), hint.name());
                }
            }
        }

        /** Whether to rename: the old name exists and the new one does not; false when done already. */
        private boolean decide(RenameHint hint, boolean oldExists, boolean newExists, String old, String now,
                String in) {
            if (oldExists && newExists) {
                throw error(hint, "both " + old + " and " + now + " exist on the target" + in + ", and a rename"
                        + " cannot take a name in use", "Drop one of them first, or remove the annotation to keep"
                        + " both");
            }
            if (!oldExists && !newExists) {
                throw error(hint, "neither " + old + " nor " + now + " exists on the target" + in, "Fix the old"
                        + " name in the annotation, or remove the annotation if " + hint.name() + " is a new "
                        + hint.kind().words());
            }
            return oldExists;
        }

        private SchemataException error(RenameHint hint, String what, String fix) {
            return new SchemataException(hint.where() + ": the annotation " + hint.annotation() + " renames the "
                    + hint.kind().words() + " " + hint.from() + " to " + hint.name() + ", but " + what + ". " + fix
                    + ".");
        }

        /** The declared object's qualified name, its schema found in the desired catalog; null when not there. */
        private QualifiedName declared(RenameHint hint, Kind kind, String name) {
            if (hint.schema() != null) {
                QualifiedName q = QualifiedName.of(hint.schema(), name);
                return existsIn(desired, kind, q) ? q : null;
            }
            Set<String> schemas = new TreeSet<>();
            names(desired, kind).stream().filter(q -> q.name().equals(name)).forEach(q -> schemas.add(q.schema()));
            if (schemas.isEmpty()) return null;
            if (schemas.size() == 1) return QualifiedName.of(schemas.iterator().next(), name);
            if (schemas.contains("public")) return QualifiedName.of("public", name);
            throw new SchemataException(hint.where() + ": the annotation " + hint.annotation() + " stands on " + name
                    + ", which several schemas declare (" + String.join(", ", schemas) + "). Qualify the name in"
                    + " the statement with its schema.");
        }

        private boolean exists(Kind kind, QualifiedName name) {
            return existsIn(catalog, kind, name);
        }

        /** Whether the name is in use: by an object of the kind, or, for a table, by a view too. */
        private boolean taken(Kind kind, QualifiedName name) {
            return existsIn(catalog, kind, name) || kind == Kind.TABLE && catalog.view(name).isPresent();
        }

        private static boolean existsIn(Catalog c, Kind kind, QualifiedName name) {
            return names(c, kind).contains(name);
        }

        private static List<QualifiedName> names(Catalog c, Kind kind) {
            Function<Catalog, List<QualifiedName>> of = switch (kind) {
                case TABLE -> x -> x.tables().stream().map(Table::name).toList();
                case ENUM -> x -> x.enums().stream().map(e -> e.name()).toList();
                case DOMAIN -> x -> x.domains().stream().map(d -> d.name()).toList();
                case COMPOSITE_TYPE -> x -> x.compositeTypes().stream().map(t -> t.name()).toList();
                default -> throw new IllegalArgumentException(kind + " is a member kind");
            };
            return of.apply(c);
        }

        private boolean memberExists(Kind kind, QualifiedName owner, String name) {
            if (kind == Kind.ENUM_VALUE) {
                return catalog.enumType(owner).map(e -> e.labels().contains(name)).orElse(false);
            }
            Optional<Table> table = catalog.table(owner);
            return switch (kind) {
                case COLUMN -> table.flatMap(t -> t.column(name)).isPresent();
                case CONSTRAINT -> table.flatMap(t -> t.constraint(name)).isPresent();
                default -> table.flatMap(t -> t.index(name)).isPresent();
            };
        }

        /** The table, its partitions and inheriting tables, all the way down. */
        private List<QualifiedName> withDescendants(QualifiedName table) {
            List<QualifiedName> all = new ArrayList<>(List.of(table));
            for (int i = 0; i < all.size(); i++) {
                QualifiedName parent = all.get(i);
                catalog.tables().stream()
                        .filter(t -> parent.equals(t.properties().partitionOf())
                                || t.properties().inherits().contains(parent))
                        .map(Table::name).filter(n -> !all.contains(n)).forEach(all::add);
            }
            return all;
        }
    }
}
