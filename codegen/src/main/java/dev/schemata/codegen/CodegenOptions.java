package dev.schemata.codegen;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How {@link EntityGenerator} writes entities.
 *
 * @param packageName the Java package of the generated classes; tables of non-{@code public} schemas go to
 *     subpackages of it when the catalog spans several schemas
 * @param style whether each table becomes a record or a JavaBean
 * @param jpa whether to add {@code jakarta.persistence} annotations
 * @param validation whether to add {@code jakarta.validation} constraints
 * @param hibernate whether the project uses Hibernate ORM 6.2 or later, so that its annotations may be used:
 *     a column of an enum type whose labels equal the Java constant names is then mapped with
 *     {@code @Enumerated(EnumType.STRING)} and {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)}, which binds it
 *     as the PostgreSQL enum type. Without it (and for enums whose labels differ from the constant names),
 *     enum columns use the enum's generated {@code Converter}, which stores the label; PostgreSQL then
 *     needs the JDBC driver setting {@code stringtype=unspecified} to accept the label for an enum column.
 * @param keyStyle how an entity with a composite primary key holds it (with JPA; without, there is no key class)
 * @param relations whether foreign keys become lazy {@code @ManyToOne} associations (with JPA, bean style
 *     only: a record cannot hold a lazily loaded association, so with records this option is ignored)
 * @param inverseRelations whether, with {@code relations}, the referenced entity also gets the
 *     {@code @OneToMany(mappedBy)} list of the entities that reference it
 * @param versionColumns a regular expression; with JPA, a column whose whole name matches it and whose Java
 *     type JPA allows for a version (Short, Integer, Long, LocalDateTime) gets {@code @Version}, for
 *     optimistic locking (the first such column of a table; never a key column).
 *     Default {@value #DEFAULT_VERSION_COLUMNS}; empty for none
 * @param typeOverrides Java types chosen by the user, by column ({@code schema.table.column}) or by
 *     PostgreSQL type as {@code format_type} prints it ({@code inet}, {@code character varying(3)}, with or
 *     without modifiers); each value a fully qualified class name. A column entry beats the column's
 *     {@code @javaType} tag, which beats a type entry. An overridden column gets no enum mapping and no
 *     constraints from CHECKs
 */
public record CodegenOptions(
        String packageName,
        Style style,
        boolean jpa,
        boolean validation,
        boolean hibernate,
        KeyStyle keyStyle,
        boolean relations,
        boolean inverseRelations,
        String versionColumns,
        Map<String, String> typeOverrides) {

    /** The package used when none is configured. */
    public static final String DEFAULT_PACKAGE = "generated";

    /** The column name pattern that marks version columns when none is configured. */
    public static final String DEFAULT_VERSION_COLUMNS = "version";

    /** The shape of a generated entity. */
    public enum Style {
        /** A Java record with one component per column: immutable, but JPA providers cannot load records. */
        RECORD,
        /** Private fields, a public no-arg constructor, getters and setters: what JPA providers need. */
        BEAN
    }

    /**
     * How a composite primary key is mapped. Either way the key class is a nested record {@code Key}
     * ({@code PrimaryKey} in an entity named {@code Key}) that implements {@code Serializable}; records as
     * id classes and embeddables need Jakarta Persistence 3.2 or Hibernate 6.2.
     */
    public enum KeyStyle {
        /** The key columns stay fields of the entity, each {@code @Id}; {@code @IdClass} names the key. */
        ID_CLASS,
        /** The key columns move to an {@code @Embeddable} key, held by one {@code @EmbeddedId} member. */
        EMBEDDED_ID
    }

    public CodegenOptions {
        Objects.requireNonNull(packageName, "packageName == null");
        Objects.requireNonNull(style, "style == null");
        Objects.requireNonNull(keyStyle, "keyStyle == null");
        Objects.requireNonNull(versionColumns, "versionColumns == null");
        try {
            Pattern.compile(versionColumns);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("versionColumns '" + versionColumns + "' is not a regular expression ("
                    + e.getDescription() + "): give a java.util.regex pattern such as version|row_version", e);
        }
        typeOverrides = Collections.unmodifiableMap(
                new TreeMap<>(Objects.requireNonNull(typeOverrides, "typeOverrides == null")));
        TypeOverrides.of(typeOverrides); // refuses a value that is no class name, naming the entry
        if (!JavaNames.isPackageName(packageName)) {
            throw new IllegalArgumentException("packageName '" + packageName + "' is not a Java package name:"
                    + " use dot-separated Java identifiers that are not keywords, for example com.example.db");
        }
    }

    /** The first four settings as given, every later one at its default (the constructor callers had first). */
    public CodegenOptions(String packageName, Style style, boolean jpa, boolean validation) {
        this(packageName, style, jpa, validation, false, KeyStyle.ID_CLASS, false, false, DEFAULT_VERSION_COLUMNS,
                Map.of());
    }

    /** Records in package {@value #DEFAULT_PACKAGE}, with JPA annotations and Bean Validation constraints. */
    public static CodegenOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().packageName(packageName).style(style).jpa(jpa).validation(validation)
                .hibernate(hibernate).keyStyle(keyStyle).relations(relations).inverseRelations(inverseRelations)
                .versionColumns(versionColumns).typeOverrides(typeOverrides);
    }

    /** Builds {@link CodegenOptions}; every setting starts at its default. */
    public static final class Builder {
        private String packageName = DEFAULT_PACKAGE;
        private Style style = Style.RECORD;
        private boolean jpa = true;
        private boolean validation = true;
        private boolean hibernate;
        private KeyStyle keyStyle = KeyStyle.ID_CLASS;
        private boolean relations;
        private boolean inverseRelations;
        private String versionColumns = DEFAULT_VERSION_COLUMNS;
        private final Map<String, String> typeOverrides = new TreeMap<>();

        private Builder() {}

        public Builder packageName(String value) {
            this.packageName = value;
            return this;
        }

        public Builder style(Style value) {
            this.style = value;
            return this;
        }

        public Builder jpa(boolean value) {
            this.jpa = value;
            return this;
        }

        public Builder validation(boolean value) {
            this.validation = value;
            return this;
        }

        public Builder hibernate(boolean value) {
            this.hibernate = value;
            return this;
        }

        public Builder keyStyle(KeyStyle value) {
            this.keyStyle = value;
            return this;
        }

        public Builder relations(boolean value) {
            this.relations = value;
            return this;
        }

        public Builder inverseRelations(boolean value) {
            this.inverseRelations = value;
            return this;
        }

        public Builder versionColumns(String value) {
            this.versionColumns = value;
            return this;
        }

        /** Replaces the type overrides with these. */
        public Builder typeOverrides(Map<String, String> value) {
            typeOverrides.clear();
            typeOverrides.putAll(value);
            return this;
        }

        /** Adds one type override: a column ({@code schema.table.column}) or PostgreSQL type, and a class. */
        public Builder typeOverride(String columnOrType, String javaClass) {
            typeOverrides.put(columnOrType, javaClass);
            return this;
        }

        public CodegenOptions build() {
            return new CodegenOptions(packageName, style, jpa, validation, hibernate, keyStyle, relations,
                    inverseRelations, versionColumns, typeOverrides);
        }
    }
}
