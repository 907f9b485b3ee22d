package dev.schemata.property;

import dev.schemata.property.Model.Part;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of the family "access and publication" of a {@link Model} (kept in {@link Model#access}): grants,
 * default privileges, publications and their members, extended statistics, collations and extensions. Like
 * every part they list what they need, so {@link Model#prune()} drops them with it.
 */
final class AccessModel {
    /** The roles grants go to: created once per server by the property test, and managed by its plans. */
    static final List<String> ROLES = List.of("prop_reader", "prop_writer", "PUBLIC");

    private AccessModel() {
    }

    /**
     * {@code GRANT privileges ON <target> TO grantee}, or with {@code revoke} {@code REVOKE ... FROM PUBLIC} of
     * a built-in default (EXECUTE on a function, USAGE on a type).
     */
    static final class Grant extends Part {
        int target; // a table, view, sequence, function, schema, enum, domain, composite or range
        Integer column; // for a column grant: a column of the target table (its own)
        String privileges; // SELECT, INSERT, ... as written
        String grantee;
        boolean grantOption;
        boolean revoke;

        Grant(int id) {
            super(id, "grant" + id);
        }

        @Override
        Set<Integer> needs() {
            return column == null ? Set.of(target) : Set.of(target, column);
        }
    }

    /** {@code ALTER DEFAULT PRIVILEGES [IN SCHEMA s] GRANT/REVOKE ...}; {@link Part#schema} is the schema. */
    static final class DefaultGrant extends Part {
        String objects; // TABLES, SEQUENCES, FUNCTIONS, TYPES, SCHEMAS
        String privileges;
        String grantee;
        boolean grantOption;
        boolean revoke; // of a built-in default from PUBLIC (EXECUTE on functions, USAGE on types), global only

        DefaultGrant(int id) {
            super(id, "default" + id);
        }
    }

    static final class Publication extends Part {
        String publish; // null: PostgreSQL's default, else a subset such as 'insert, update'
        boolean viaRoot;

        Publication(int id, String name) {
            super(id, name);
        }
    }

    /** A table of a publication, with a column list and a row filter sometimes. */
    static final class PublicationTable extends Part {
        int publication;
        int table;
        final List<Integer> columns = new ArrayList<>();
        String where; // with {id} placeholders
        Integer whereColumn; // the column the row filter names; it may be retyped (the engine's business, seed 730)

        PublicationTable(int id) {
            super(id, "member" + id);
        }

        @Override
        Set<Integer> needs() {
            Set<Integer> needs = new HashSet<>(columns);
            needs.add(publication);
            needs.add(table);
            if (whereColumn != null) {
                needs.add(whereColumn);
            }
            return needs;
        }
    }

    /** {@code TABLES IN SCHEMA} of a publication: {@link Part#schema} is the schema, null for public. */
    static final class PublicationSchema extends Part {
        int publication;

        PublicationSchema(int id) {
            super(id, "schema" + id);
        }

        @Override
        Set<Integer> needs() {
            return Set.of(publication);
        }
    }

    /** {@code CREATE STATISTICS} on columns or an expression of a table, with a target sometimes. */
    static final class Statistics extends Part {
        int table;
        String kinds; // null: every kind, else e.g. 'ndistinct, mcv'
        final List<Integer> columns = new ArrayList<>();
        String expression; // with {id} placeholders, or null
        Integer target;
        final Map<Integer, String> typed = new LinkedHashMap<>();

        Statistics(int id, String name) {
            super(id, name);
        }

        @Override
        Set<Integer> needs() {
            Set<Integer> needs = new HashSet<>(columns);
            needs.add(table);
            needs.addAll(typed.keySet());
            return needs;
        }

        @Override
        Map<Integer, String> typed() {
            return typed;
        }
    }

    /** A collation of libc ('C', 'POSIX') or icu; text columns of the schema may use it. */
    static final class Collation extends Part {
        String provider;
        String locale;
        boolean deterministic = true;

        Collation(int id, String name) {
            super(id, name);
        }
    }

    /**
     * A contrib extension shipped with the embedded server; citext and hstore are named like the type they
     * bring, so a column whose {@link Model.Column#userType} is the extension is of that type.
     */
    static final class Extension extends Part {
        Extension(int id, String name) {
            super(id, name);
        }

        boolean hasType() {
            return !name.equals("pg_trgm");
        }
    }
}
