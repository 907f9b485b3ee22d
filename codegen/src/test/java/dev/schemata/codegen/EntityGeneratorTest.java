package dev.schemata.codegen;

import static dev.schemata.codegen.TestCatalogs.pk;
import static dev.schemata.codegen.TestCatalogs.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.ColumnRef;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.RangeType;
import dev.schemata.catalog.Sequence;
import dev.schemata.catalog.SequenceOptions;
import dev.schemata.catalog.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityGeneratorTest {

    @Test
    void equalCatalogsGiveIdenticalSources() {
        Catalog shop = TestCatalogs.shop();
        Catalog shuffled = new Catalog(shop.schemas(), reversed(shop.tables()), reversed(shop.enums()),
                shop.sequences());
        GeneratedSources first = EntityGenerator.generate(shop, CodegenOptions.defaults());
        assertEquals(first, EntityGenerator.generate(shuffled, CodegenOptions.defaults()));
        assertEquals(first, EntityGenerator.generate(TestCatalogs.shop(), CodegenOptions.defaults()));
    }

    @Test
    void everyFileCarriesTheHeaderAndNoTimestamp() {
        GeneratedSources sources = EntityGenerator.generate(TestCatalogs.multiSchema(), CodegenOptions.defaults());
        assertEquals(13, sources.files().size());
        for (GeneratedFile file : sources.files()) {
            assertTrue(file.content().startsWith("// " + EntityGenerator.HEADER + "\n"), file.relativePath());
            assertFalse(file.content().matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), file.relativePath());
        }
        assertEquals(sources.files().stream().map(GeneratedFile::relativePath).sorted().toList(),
                sources.files().stream().map(GeneratedFile::relativePath).toList());
    }

    @Test
    void withHibernateJsonColumnsMappedToStringBindAsJson() {
        Column id = Column.of("id", "bigint").withNotNull(true);
        Table documents = table("public", "documents", null, List.of(pk("documents_pkey", "id")), id,
                Column.of("body", "jsonb"), Column.of("raw", "json"), Column.of("note", "text"));
        Catalog catalog = new Catalog(List.of(), List.of(documents), List.of(), List.of());
        CodegenOptions beans = CodegenOptions.builder().style(CodegenOptions.Style.BEAN).build();
        String plain = EntityGenerator.generate(catalog, beans).files().get(0).content();
        String hibernate = EntityGenerator.generate(catalog, beans.toBuilder().hibernate(true).build())
                .files().get(0).content();
        assertFalse(plain.contains("JdbcTypeCode"), plain);
        assertEquals(2, hibernate.split("@JdbcTypeCode\\(SqlTypes.JSON\\)", -1).length - 1, hibernate);
    }

    @Test
    void anEmptyCatalogGivesNoFiles() {
        assertEquals(List.of(), EntityGenerator.generate(Catalog.empty(), CodegenOptions.defaults()).files());
    }

    @Test
    void aNextvalDefaultIsSerialWithItsOwnedSequenceAndASequenceGeneratorWithAStandaloneOne() {
        Column id = Column.of("id", "integer").withNotNull(true).withDefault("nextval('ticket_seq'::regclass)");
        Table tickets = table("public", "tickets", null, List.of(pk("tickets_pkey", "id")), id);
        Sequence shared = new Sequence(QualifiedName.of("public", "ticket_seq"),
                new SequenceOptions("integer", 1, 1, 1, Integer.MAX_VALUE, 1, false), null, null);
        Catalog unowned = new Catalog(List.of(), List.of(tickets), List.of(), List.of(shared));
        Catalog owned = new Catalog(List.of(), List.of(tickets), List.of(), List.of(new Sequence(shared.name(),
                shared.options(), new ColumnRef(tickets.name(), "id"), null)));

        String withoutOwner = source(unowned, "generated/Tickets.java");
        assertTrue(withoutOwner.contains("@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "
                + "\"public.ticket_seq\")"), withoutOwner);
        assertTrue(withoutOwner.contains("@SequenceGenerator(name = \"public.ticket_seq\", sequenceName = "
                + "\"public.ticket_seq\", allocationSize = 1)"), withoutOwner);
        assertFalse(withoutOwner.contains("@NotNull"), "the default fills it");
        String serial = source(owned, "generated/Tickets.java");
        assertTrue(serial.contains("@GeneratedValue(strategy = GenerationType.IDENTITY)"), serial);
        assertFalse(serial.contains("@SequenceGenerator"), serial);
    }

    @Test
    void optionsChangeTheOutput() {
        Catalog shop = TestCatalogs.shop();
        String records = source(shop, CodegenOptions.defaults(), "generated/Customer.java");
        String beans = source(shop, CodegenOptions.builder().style(CodegenOptions.Style.BEAN).build(),
                "generated/Customer.java");
        String plain = source(shop, CodegenOptions.builder().jpa(false).validation(false).build(),
                "generated/Customer.java");
        assertTrue(records.contains("public record Customer("));
        assertTrue(beans.contains("public class Customer {") && beans.contains("public Customer() {"));
        assertFalse(plain.contains("jakarta"), plain);
        assertNotEquals(records, plain);
    }

    @Test
    void aBadPackageNameIsRefusedWithTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CodegenOptions.builder().packageName("com.my-db.class").build());
        assertTrue(e.getMessage().contains("'com.my-db.class'") && e.getMessage().contains("com.example.db"),
                e.getMessage());
        assertThrows(NullPointerException.class, () -> CodegenOptions.builder().style(null).build());
    }

    @Test
    void defaults() {
        CodegenOptions defaults = CodegenOptions.defaults();
        assertEquals(CodegenOptions.DEFAULT_PACKAGE, defaults.packageName());
        assertEquals(CodegenOptions.Style.RECORD, defaults.style());
        assertTrue(defaults.jpa());
        assertTrue(defaults.validation());
        assertEquals(defaults, defaults.toBuilder().build());
    }

    private static <T> List<T> reversed(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }

    private static String source(Catalog catalog, String path) {
        return source(catalog, CodegenOptions.defaults(), path);
    }

    private static String source(Catalog catalog, CodegenOptions options, String path) {
        return EntityGenerator.generate(catalog, options).file(path).orElseThrow().content();
    }

    @Test
    void withHibernateIntervalAndInetBindAsTheirPostgresTypes() {
        Table hosts = table("public", "host", null, List.of(pk("host_pkey", "id")),
                Column.of("id", "integer").withNotNull(true), Column.of("address", "inet"),
                Column.of("addresses", "inet[]"), Column.of("uptime", "interval"), Column.of("ports", "int4range"));
        Catalog catalog = new Catalog(List.of(), List.of(hosts), List.of(), List.of());
        CodegenOptions beans = CodegenOptions.builder().style(CodegenOptions.Style.BEAN).build();

        String hibernate = source(catalog, beans.toBuilder().hibernate(true).build(), "generated/Host.java");
        assertTrue(hibernate.contains("@JdbcTypeCode(SqlTypes.INET)\n    @Column(name = \"address\")\n"
                + "    private InetAddress address;"), hibernate);
        assertTrue(hibernate.contains("private List<Object> addresses;"), "inet[] stays unmapped");
        assertTrue(hibernate.contains("@JdbcTypeCode(SqlTypes.INTERVAL_SECOND)\n    @Column(name = \"uptime\")\n"
                + "    private Duration uptime;"), hibernate);
        assertTrue(hibernate.contains("@ColumnTransformer(write = \"?::int4range\")\n"
                + "    @Column(name = \"ports\", columnDefinition = \"int4range\")\n    private String ports;"), hibernate);

        String plain = source(catalog, beans, "generated/Host.java");
        assertFalse(plain.contains("JdbcTypeCode"), plain);
        assertTrue(plain.contains("private Object address;"), plain);
        assertTrue(plain.contains("private Duration uptime;"), plain);
        assertTrue(plain.contains("PostgreSQL range type int4range has no standard Java mapping"), plain);
        assertTrue(plain.contains("private Object ports;"), plain);
    }

    @Test
    void withHibernateUserRangeTypesAndTheirMultirangesHoldTheirLiterals() {
        Table bookings = table("app", "booking", null, List.of(pk("booking_pkey", "id")),
                Column.of("id", "integer").withNotNull(true), Column.of("slot", "app.timeslot"),
                Column.of("slots", "app.timeslot_multirange"), Column.of("spans", "app.\"floatMulti\""));
        RangeType timeslot = new RangeType(QualifiedName.of("app", "timeslot"), "time without time zone",
                "CREATE TYPE app.timeslot AS RANGE (SUBTYPE = time without time zone, SUBTYPE_OPCLASS = pg_catalog.time_ops,"
                        + " MULTIRANGE_TYPE_NAME = app.timeslot_multirange)", null);
        RangeType floats = new RangeType(QualifiedName.of("app", "floatrange"), "double precision",
                "CREATE TYPE app.floatrange AS RANGE (SUBTYPE = double precision, SUBTYPE_OPCLASS = pg_catalog.float8_ops,"
                        + " MULTIRANGE_TYPE_NAME = app.\"floatMulti\")", null);
        Catalog catalog = Catalog.builder().tables(List.of(bookings)).rangeTypes(List.of(timeslot, floats)).build();
        CodegenOptions options = CodegenOptions.builder().style(CodegenOptions.Style.BEAN).hibernate(true).build();

        String source = source(catalog, options, "generated/Booking.java");
        assertTrue(source.contains("@ColumnTransformer(write = \"?::app.timeslot\")\n"
                + "    @Column(name = \"slot\", columnDefinition = \"timeslot\")\n    private String slot;"), source);
        assertTrue(source.contains("columnDefinition = \"timeslot_multirange\")\n    private String slots;"), source);
        assertTrue(source.contains("columnDefinition = \"floatMulti\")\n    private String spans;"), source);
    }

    @Test
    void aJsonTagMakesTheColumnThatClassBoundAsJsonWithHibernate() {
        Table documents = table("public", "documents", null, List.of(pk("documents_pkey", "id")),
                Column.of("id", "bigint").withNotNull(true),
                Column.of("address", "jsonb").withComment("Where.\n@json com.acme.Address"),
                Column.of("raw", "json").withComment("@json com.acme.Raw"));
        Catalog catalog = new Catalog(List.of(), List.of(documents), List.of(), List.of());
        CodegenOptions beans = CodegenOptions.builder().style(CodegenOptions.Style.BEAN).build();

        String hibernate = source(catalog, beans.toBuilder().hibernate(true).build(), "generated/Documents.java");
        assertTrue(hibernate.contains("/**\n     * Where.\n     */\n    @JdbcTypeCode(SqlTypes.JSON)\n"
                + "    @Column(name = \"address\")\n    private Address address;"), hibernate);
        assertTrue(hibernate.contains("import com.acme.Address;"), hibernate);
        assertTrue(hibernate.contains("@JdbcTypeCode(SqlTypes.JSON)\n    @Column(name = \"raw\")\n    private Raw raw;"),
                hibernate);
        assertFalse(hibernate.contains("AttributeConverter"), hibernate);

        String plainJpa = source(catalog, beans, "generated/Documents.java");
        assertFalse(plainJpa.contains("JdbcTypeCode") || plainJpa.contains("@Convert"), plainJpa);
        assertTrue(plainJpa.contains("     * Where.\n     * Needs a JSON {@code AttributeConverter} for"
                + " {@code com.acme.Address} (an {@code autoApply} one, or add it with"
                + " {@code @jpa @jakarta.persistence.Convert(...)}).\n     */\n    @Column(name = \"address\")\n"
                + "    private Address address;"), plainJpa);

        String noJpa = source(catalog, beans.toBuilder().jpa(false).build(), "generated/Documents.java");
        assertTrue(noJpa.contains("private Address address;") && !noJpa.contains("AttributeConverter"), noJpa);
    }

    @Test
    void aJsonTagOnADomainOverJsonbIsThatClass() {
        dev.schemata.catalog.Domain payload = new dev.schemata.catalog.Domain(QualifiedName.of("public", "payload"),
                "jsonb", null, false, null, List.of(), null);
        Table t = new Table(QualifiedName.of("public", "t"), List.of(Column.of("id", "integer").withNotNull(true),
                Column.of("body", "payload").withComment("@json com.acme.Body")), List.of(pk("t_pkey", "id")),
                List.of(), null);
        Catalog catalog = Catalog.builder().tables(List.of(t)).domains(List.of(payload)).build();
        String source = source(catalog, CodegenOptions.builder().hibernate(true).build(), "generated/T.java");
        assertTrue(source.contains("@JdbcTypeCode(SqlTypes.JSON) @Column(name = \"body\", columnDefinition = \"payload\") Body body"), source);
    }

    @Test
    void aJsonTagIsRefusedOnAColumnThatIsNotJsonOrWithoutAClassName() {
        assertRefused("Comment on column public.t.c: @json on a column of type text; @json is for json and jsonb"
                + " columns, so change the column type or use @javaType.",
                tableT(null, Column.of("c", "text").withComment("@json com.acme.Address")));
        assertRefused("@json of column public.t.c: 'Address' is not a fully qualified class name; give one such as"
                + " java.time.Instant or com.acme.Money (packages lowercase, no generics or arrays).",
                tableT(null, Column.of("c", "jsonb").withComment("@json Address")));
        assertRefused("Comment on column public.t.c: @javaType and @json both given; keep @json for a JSON value,"
                + " @javaType for any other.",
                tableT(null, Column.of("c", "jsonb").withComment("@json com.acme.A\n@javaType com.acme.B")));
    }

    @Test
    void theFourArgumentConstructorLeavesEveryLaterOptionAtItsDefault() {
        assertEquals(CodegenOptions.builder().packageName("p").style(CodegenOptions.Style.BEAN).jpa(false).build(),
                new CodegenOptions("p", CodegenOptions.Style.BEAN, false, true));
    }

    @Test
    void aVersionPatternThatIsNoRegexIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CodegenOptions.builder().versionColumns("version(").build());
        assertTrue(e.getMessage().startsWith("versionColumns 'version(' is not a regular expression (Unclosed group"),
                e.getMessage());
    }

    @Test
    void anUnknownTagIsRefusedNamingTheObjectAndTheKnownTags() {
        assertRefused("Comment on column public.t.c: unknown tag @jsonType; the tags a column may have are @name,"
                + " @omit, @javaType, @json, @jpa, @validate.",
                tableT(null, Column.of("c", "text").withComment("x\n@jsonType a.B")));
        assertRefused("Comment on table public.t: unknown tag @javaType; the tags a table may have are @name, @omit,"
                + " @jpa, @validate.", tableT("@javaType java.lang.String", Column.of("c", "text")));
    }

    @Test
    void malformedTagsAreRefusedWithTheFix() {
        assertRefused("Comment on table public.t: @name 'my class' is not a Java identifier; give a name of letters,"
                + " digits and _ that is not a Java keyword, for example @name Customer.",
                tableT("@name my class", Column.of("c", "text")));
        assertRefused("Comment on column public.t.c: @omit takes no value, but has 'please'; write @omit alone.",
                tableT(null, Column.of("c", "text").withComment("@omit please")));
        assertRefused("@javaType of column public.t.c: 'Instant' is not a fully qualified class name; give one such as"
                + " java.time.Instant or com.acme.Money (packages lowercase, no generics or arrays).",
                tableT(null, Column.of("c", "text").withComment("@javaType Instant")));
        assertRefused("@jpa of column public.t.c: 'Lob' is not an annotation; write one such as"
                + " @jakarta.persistence.Lob or @com.acme.Audited(\"x\"), with its fully qualified type.",
                tableT(null, Column.of("c", "text").withComment("@jpa Lob")));
        assertRefused("Comment on column public.t.c: @name given twice; keep one.",
                tableT(null, Column.of("c", "text").withComment("@name a\n@name b")));
        assertRefused("Comment on column public.t.id: @omit on a primary key column; an entity needs its whole key,"
                + " so remove the tag (or @omit the table).", new Table(QualifiedName.of("public", "t"),
                        List.of(Column.of("id", "integer").withComment("@omit")), List.of(pk("t_pkey", "id")),
                        List.of(), null));
    }

    @Test
    void aTypeOverrideThatIsNoClassNameIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CodegenOptions.builder().typeOverride("inet", "InetAddress").build());
        assertEquals("typeOverrides entry 'inet': 'InetAddress' is not a fully qualified class name; give one such as"
                + " java.time.Instant or com.acme.Money (packages lowercase, no generics or arrays).", e.getMessage());
    }

    private static Table tableT(String comment, Column column) {
        return new Table(QualifiedName.of("public", "t"), List.of(column), List.of(), List.of(), comment);
    }

    private static void assertRefused(String message, Table table) {
        Catalog catalog = new Catalog(List.of(), List.of(table), List.of(), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EntityGenerator.generate(catalog, CodegenOptions.defaults()));
        assertEquals(message, e.getMessage());
    }
}
