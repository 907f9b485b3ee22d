package dev.schemata.catalog;

import java.util.Objects;

/**
 * A schema-qualified object name, the stable identity of tables, types and sequences.
 *
 * <p>Equality, hash and order are written out: this is the key of nearly every map the reader, the diff and the
 * planner build, and a record's generated methods run through method handles, several times slower until the JIT
 * has compiled them, which a single plan run mostly does not wait for.
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
    public QualifiedName {
        Objects.requireNonNull(schema, "schema == null");
        Objects.requireNonNull(name, "name == null");
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    /** The name as SQL, each part quoted only where PostgreSQL needs it. */
    public String sql() {
        return Identifiers.quote(schema) + "." + Identifiers.quote(name);
    }

    /** By schema, then by name. */
    @Override
    public int compareTo(QualifiedName other) {
        int bySchema = schema.compareTo(other.schema);
        return bySchema != 0 ? bySchema : name.compareTo(other.name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QualifiedName that && schema.equals(that.schema) && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return 31 * schema.hashCode() + name.hashCode();
    }

    @Override
    public String toString() {
        return schema + "." + name;
    }
}
