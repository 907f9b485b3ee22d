package dev.schemata.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.catalog.Catalog;
import dev.schemata.codegen.CodegenOptions.KeyStyle;
import dev.schemata.codegen.CodegenOptions.Style;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Instant;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated sources compile without warnings in every style and option, and mean what they say. */
class GeneratedSourcesCompileTest {
    private static final String SHOP = "com.example.shop";

    @TempDir
    Path classes;

    static Stream<Arguments> everyCombination() {
        List<Arguments> combinations = new java.util.ArrayList<>();
        for (String catalog : List.of("shop", "multiSchema", "features")) {
            for (Style style : Style.values()) {
                for (boolean jpa : List.of(true, false)) {
                    combinations.add(Arguments.of(catalog, style, jpa, true));
                    combinations.add(Arguments.of(catalog, style, jpa, false));
                }
            }
        }
        return combinations.stream();
    }

    @ParameterizedTest(name = "{0} {1} jpa={2} validation={3}")
    @MethodSource("everyCombination")
    void compiles(String catalog, Style style, boolean jpa, boolean validation) throws Exception {
        Catalog input = switch (catalog) {
            case "shop" -> TestCatalogs.shop();
            case "multiSchema" -> TestCatalogs.multiSchema();
            default -> TestCatalogs.features();
        };
        CodegenOptions options = CodegenOptions.builder()
                .packageName("com.example." + catalog.toLowerCase())
                .style(style).jpa(jpa).validation(validation).relations(true).inverseRelations(true).build();
        InMemoryCompiler.compile(EntityGenerator.generate(input, options), classes);
    }

    @Test
    void recordComponentsCarryTheirAnnotationsToTheAccessors() throws Exception {
        try (URLClassLoader loader = compile(Style.RECORD)) {
            Class<?> customer = loader.loadClass(SHOP + ".Customer");
            assertTrue(customer.isRecord());
            assertEquals(List.of("id", "email", "displayName", "mood", "createdAt", "tags", "moods"),
                    Arrays.stream(customer.getRecordComponents()).map(RecordComponent::getName).toList());
            Table table = customer.getAnnotation(Table.class);
            assertEquals("customer", table.name());
            assertEquals("public", table.schema());
            Method email = customer.getMethod("email");
            assertFalse(email.getAnnotation(Column.class).nullable());
            assertEquals(200, email.getAnnotation(Column.class).length());
            assertEquals(200, email.getAnnotation(Size.class).max());
            assertNotNull(customer.getDeclaredField("email").getAnnotation(NotNull.class));
            assertNull(customer.getMethod("createdAt").getAnnotation(NotNull.class), "has a default");
        }
    }

    @Test
    void beansHaveIdsKeysAndAccessors() throws Exception {
        try (URLClassLoader loader = compile(Style.BEAN)) {
            Class<?> orders = loader.loadClass(SHOP + ".Orders");
            Field id = orders.getDeclaredField("id");
            assertNotNull(id.getAnnotation(Id.class));
            assertNotNull(id.getAnnotation(GeneratedValue.class), "serial column");
            Field total = orders.getDeclaredField("total");
            assertEquals(12, total.getAnnotation(Column.class).precision());
            assertEquals(2, total.getAnnotation(Column.class).scale());
            assertFalse(orders.getDeclaredField("totalWithTax").getAnnotation(Column.class).insertable());

            Object bean = orders.getConstructor().newInstance();
            orders.getMethod("setCurrency", String.class).invoke(bean, "EUR");
            assertEquals("EUR", orders.getMethod("getCurrency").invoke(bean));

            Class<?> line = loader.loadClass(SHOP + ".OrderLine");
            Class<?> key = line.getAnnotation(IdClass.class).value();
            assertEquals(SHOP + ".OrderLine$Key", key.getName());
            assertEquals(List.of("orderId", "lineNo"),
                    Arrays.stream(key.getRecordComponents()).map(RecordComponent::getName).toList());
            assertTrue(java.io.Serializable.class.isAssignableFrom(key));
        }
    }

    @Test
    void enumsKeepTheirDatabaseLabels() throws Exception {
        try (URLClassLoader loader = compile(Style.RECORD)) {
            Class<?> mood = loader.loadClass(SHOP + ".Mood");
            Object[] constants = mood.getEnumConstants();
            assertArrayEquals(new String[] {"HAPPY", "SAD", "SO_SO", "IN_PROGRESS", "IN_PROGRESS_2", "_1ST",
                    "VALUE", "HAPPY_2"}, Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toArray());
            Method label = mood.getMethod("label");
            Method fromLabel = mood.getMethod("fromLabel", String.class);
            for (Object constant : constants) {
                assertEquals(constant, fromLabel.invoke(null, label.invoke(constant)));
            }
            assertEquals("in progress", label.invoke(fromLabel.invoke(null, "in progress")));
            Throwable unknown = assertThrows(java.lang.reflect.InvocationTargetException.class,
                    () -> fromLabel.invoke(null, "HAPPY")).getCause();
            assertEquals("no Mood label: HAPPY", unknown.getMessage());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void enumColumnsStoreLabelsThroughTheConverter() throws Exception {
        try (URLClassLoader loader = compile(Style.BEAN)) {
            Class<?> mood = loader.loadClass(SHOP + ".Mood");
            Class<?> converterClass = loader.loadClass(SHOP + ".Mood$Converter");
            assertNotNull(converterClass.getAnnotation(Converter.class));
            AttributeConverter<Object, String> converter =
                    (AttributeConverter<Object, String>) converterClass.getConstructor().newInstance();
            Object inProgress = mood.getMethod("fromLabel", String.class).invoke(null, "in progress");
            assertEquals("in progress", converter.convertToDatabaseColumn(inProgress));
            assertEquals(inProgress, converter.convertToEntityAttribute("in progress"));
            assertNull(converter.convertToDatabaseColumn(null));
            assertNull(converter.convertToEntityAttribute(null));
            Field column = loader.loadClass(SHOP + ".Customer").getDeclaredField("mood");
            assertEquals(converterClass, column.getAnnotation(Convert.class).converter());
            assertNull(column.getAnnotation(Enumerated.class));
        }
    }

    @Test
    void anEmbeddedIdHoldsTheKeyColumns() throws Exception {
        CodegenOptions options = CodegenOptions.builder().packageName("com.example.features").style(Style.BEAN)
                .keyStyle(KeyStyle.EMBEDDED_ID).build();
        InMemoryCompiler.compile(EntityGenerator.generate(TestCatalogs.features(), options), classes);
        try (URLClassLoader loader = InMemoryCompiler.loader(classes)) {
            Class<?> tag = loader.loadClass("com.example.features.TicketTag");
            assertNull(tag.getAnnotation(IdClass.class));
            Field id = tag.getDeclaredField("primaryKey");
            assertNotNull(id.getAnnotation(EmbeddedId.class));
            Class<?> key = id.getType();
            assertNotNull(key.getAnnotation(Embeddable.class));
            assertEquals(List.of("ticketId", "tag"),
                    Arrays.stream(key.getRecordComponents()).map(RecordComponent::getName).toList());
            Column tagColumn = key.getDeclaredField("tag").getAnnotation(Column.class);
            assertEquals("tag", tagColumn.name());
            assertEquals(30, tagColumn.length());
            assertEquals(List.of("primaryKey", "note", "id"),
                    Arrays.stream(tag.getDeclaredFields()).map(Field::getName).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(KeyStyle.class)
    void foreignKeysBecomeLazyAssociations(KeyStyle keyStyle) throws Exception {
        CodegenOptions options = CodegenOptions.builder().packageName("com.example.features").style(Style.BEAN)
                .keyStyle(keyStyle).relations(true).inverseRelations(true).build();
        InMemoryCompiler.compile(EntityGenerator.generate(TestCatalogs.features(), options), classes);
        try (URLClassLoader loader = InMemoryCompiler.loader(classes)) {
            Class<?> ticket = loader.loadClass("com.example.features.Ticket");
            Class<?> customer = loader.loadClass("com.example.features.Customer");
            Field owner = ticket.getDeclaredField("customer");
            assertEquals(customer, owner.getType());
            assertEquals(FetchType.LAZY, owner.getAnnotation(ManyToOne.class).fetch());
            JoinColumn join = owner.getAnnotation(JoinColumn.class);
            assertEquals("customer_id", join.name());
            assertTrue(join.insertable(), "the association writes the column");
            assertFalse(ticket.getDeclaredField("customerId").getAnnotation(Column.class).insertable());
            assertEquals("assignee", ticket.getDeclaredField("customer2").getAnnotation(JoinColumn.class).name());
            assertEquals("customer2", customer.getDeclaredField("tickets").getAnnotation(OneToMany.class).mappedBy());
            assertEquals("customer",
                    customer.getDeclaredField("ticketsByCustomer").getAnnotation(OneToMany.class).mappedBy());
            assertEquals(List.of(), customer.getMethod("getTickets").invoke(customer.getConstructor().newInstance()));

            Class<?> vote = loader.loadClass("com.example.features.TicketTagVote");
            JoinColumn[] composite = vote.getDeclaredField("ticketTag").getAnnotation(JoinColumns.class).value();
            assertEquals(List.of("ticket_id", "tag"), Arrays.stream(composite).map(JoinColumn::name).toList());
            assertFalse(vote.getDeclaredField("ticket").getAnnotation(JoinColumn.class).insertable(),
                    "ticket_id is written by the composite association already");
            Class<?> tag = loader.loadClass("com.example.features.TicketTag");
            assertFalse(tag.getDeclaredField("ticket").getAnnotation(JoinColumn.class).updatable(), "a key column");
        }
    }

    @Test
    void checkConstraintsBecomeConstraints() throws Exception {
        CodegenOptions options = CodegenOptions.builder().packageName("com.example.features").style(Style.BEAN).build();
        InMemoryCompiler.compile(EntityGenerator.generate(TestCatalogs.features(), options), classes);
        try (URLClassLoader loader = InMemoryCompiler.loader(classes)) {
            Class<?> ticket = loader.loadClass("com.example.features.Ticket");
            Field price = ticket.getDeclaredField("price");
            assertEquals("0", price.getAnnotation(DecimalMin.class).value());
            assertFalse(price.getAnnotation(DecimalMin.class).inclusive());
            assertEquals(8, price.getAnnotation(Digits.class).integer());
            assertEquals(2, price.getAnnotation(Digits.class).fraction());
            assertEquals(1, ticket.getDeclaredField("qty").getAnnotation(Min.class).value());
            assertEquals(100, ticket.getDeclaredField("qty").getAnnotation(Max.class).value());
            String kinds = ticket.getDeclaredField("kind").getAnnotation(Pattern.class).regexp();
            assertTrue("other?".matches(kinds) && "how-to".matches(kinds) && !"other".matches(kinds), kinds);
            assertEquals(10, ticket.getDeclaredField("kind").getAnnotation(Size.class).max());
            DecimalMax ratio = ticket.getDeclaredField("ratio").getAnnotation(DecimalMax.class);
            assertEquals("1", ratio.value());
            assertFalse(ratio.inclusive());
            Class<?> customer = loader.loadClass("com.example.features.Customer");
            Size name = customer.getDeclaredField("name").getAnnotation(Size.class);
            assertEquals(List.of(1, 50), List.of(name.min(), name.max()));
            String email = customer.getDeclaredField("email").getAnnotation(Pattern.class).regexp();
            assertTrue("a@b".matches(email) && !"a@b@c".matches(email), email);
        }
    }

    @Test
    void versionColumnsGetVersion() throws Exception {
        CodegenOptions options = CodegenOptions.builder().packageName("com.example.features").style(Style.BEAN)
                .versionColumns("(row_)?version.*").build();
        InMemoryCompiler.compile(EntityGenerator.generate(TestCatalogs.features(), options), classes);
        try (URLClassLoader loader = InMemoryCompiler.loader(classes)) {
            Class<?> customer = loader.loadClass("com.example.features.Customer");
            assertNotNull(customer.getDeclaredField("version").getAnnotation(Version.class));
            Class<?> ticket = loader.loadClass("com.example.features.Ticket");
            assertNull(ticket.getDeclaredField("version").getAnnotation(Version.class), "text is no version type");
            Field rowVersion = ticket.getDeclaredField("rowVersion");
            assertNotNull(rowVersion.getAnnotation(Version.class));
            assertNull(rowVersion.getAnnotation(NotNull.class), "the provider sets it");
            assertNull(ticket.getDeclaredField("rowVersion2").getAnnotation(Version.class), "one per entity");
        }
    }

    @Test
    void beanEntitiesAreEqualByIdentifierAndPrintNoAssociations() throws Exception {
        CodegenOptions options = CodegenOptions.builder().packageName("com.example.features").style(Style.BEAN)
                .relations(true).build();
        InMemoryCompiler.compile(EntityGenerator.generate(TestCatalogs.features(), options), classes);
        try (URLClassLoader loader = InMemoryCompiler.loader(classes)) {
            Class<?> ticket = loader.loadClass("com.example.features.Ticket");
            Object a = ticket.getConstructor().newInstance();
            Object b = ticket.getConstructor().newInstance();
            assertNotEquals(a, b, "no identifier yet: only the same instance is equal");
            assertEquals(a, a);
            assertEquals(a.hashCode(), b.hashCode());
            ticket.getMethod("setId", Long.class).invoke(a, 7L);
            assertNotEquals(a, b);
            ticket.getMethod("setId", Long.class).invoke(b, 7L);
            assertEquals(a, b);
            Object customer = loader.loadClass("com.example.features.Customer").getConstructor().newInstance();
            ticket.getMethod("setCustomer", customer.getClass()).invoke(a, customer);
            ticket.getMethod("setQty", Integer.class).invoke(a, 3);
            String text = a.toString();
            assertTrue(text.startsWith("Ticket[id=7, priority=null,") && text.contains(", qty=3,"), text);
            assertFalse(text.contains("Customer"), text);

            Class<?> vote = loader.loadClass("com.example.features.TicketTagVote");
            Object vote1 = vote.getConstructor().newInstance();
            assertNotEquals(vote1, vote.getConstructor().newInstance(), "a table without key keeps identity");
        }
    }

    @Test
    void commentTagsAndTypeOverridesSteerTheOutput() throws Exception {
        CodegenOptions options = CodegenOptions.builder().packageName("com.example.features").style(Style.BEAN)
                .typeOverride("inet", "java.net.InetAddress")
                .typeOverride("public.tagged_thing.amount", "java.math.BigInteger").build();
        GeneratedSources sources = EntityGenerator.generate(TestCatalogs.features(), options);
        assertTrue(sources.file("com/example/features/Legacy.java").isEmpty(), "@omit on the table");
        assertTrue(sources.file("com/example/features/Urgency.java").isPresent(), "@name on the enum");
        InMemoryCompiler.compile(sources, classes);
        try (URLClassLoader loader = InMemoryCompiler.loader(classes)) {
            Class<?> gadget = loader.loadClass("com.example.features.Gadget");
            assertNotNull(gadget.getAnnotation(Cacheable.class));
            assertEquals(List.of("id", "created", "nickname", "nickname2", "ip", "ips", "mood", "amount", "price",
                            "code", "score", "waited", "span"),
                    Arrays.stream(gadget.getDeclaredFields()).map(Field::getName).toList());
            assertEquals(Instant.class, gadget.getDeclaredField("created").getType());
            Field nick = gadget.getDeclaredField("nickname");
            assertEquals("nick", nick.getAnnotation(Column.class).name());
            assertNotNull(nick.getAnnotation(Email.class));
            assertNotNull(nick.getAnnotation(Lob.class));
            assertEquals(AccessType.FIELD, gadget.getDeclaredField("id").getAnnotation(Access.class).value());
            assertEquals(InetAddress.class, gadget.getDeclaredField("ip").getType());
            assertEquals(BigInteger.class, gadget.getDeclaredField("amount").getType());
            assertEquals("java.util.List<java.net.InetAddress>",
                    gadget.getDeclaredField("ips").getGenericType().getTypeName());
        }
        String source = sources.file("com/example/features/Gadget.java").orElseThrow().content();
        assertTrue(source.contains(" * Things with tags.\n *\n * <p>Table"), source);
        assertTrue(source.contains(" * When.\n"), source);
        assertTrue(source.contains("An &#64; inside a line is text."), source);
        assertFalse(source.contains("@name") || source.contains("@omit") || source.contains("@javaType")
                || source.contains("@validate") || source.contains("secret"), source);
    }

    @Test
    void theCompileCheckCatchesABrokenSource() {
        GeneratedSources broken = new GeneratedSources(
                List.of(new GeneratedFile("x/Broken.java", "package x; public record Broken(Strin s) {}")));
        AssertionError failure = assertThrows(AssertionError.class, () -> InMemoryCompiler.compile(broken, classes));
        assertTrue(failure.getMessage().contains("x/Broken.java:1"), failure.getMessage());
    }

    private URLClassLoader compile(Style style) throws Exception {
        CodegenOptions options = CodegenOptions.builder().packageName(SHOP).style(style).build();
        InMemoryCompiler.compile(EntityGenerator.generate(TestCatalogs.shop(), options), classes);
        return InMemoryCompiler.loader(classes);
    }

    @Test
    void domainsCarryBaseTypeNotNullAndChecks() throws Exception {
        CodegenOptions options = CodegenOptions.builder().packageName("com.example.features").build();
        InMemoryCompiler.compile(EntityGenerator.generate(TestCatalogs.features(), options), classes);
        try (URLClassLoader loader = InMemoryCompiler.loader(classes)) {
            Class<?> gadget = loader.loadClass("com.example.features.Gadget");
            RecordComponent price = component(gadget, "price");
            assertEquals(java.math.BigDecimal.class, price.getType());
            assertNotNull(gadget.getDeclaredField("price").getAnnotation(NotNull.class), "NOT NULL domain");
            Field code = gadget.getDeclaredField("code");
            assertNull(code.getAnnotation(NotNull.class), "the domain has a default");
            assertEquals("[A-Z]+", code.getAnnotation(Pattern.class).regexp());
            assertEquals(8, code.getAnnotation(Size.class).max());
            Field score = gadget.getDeclaredField("score");
            assertEquals(1, score.getAnnotation(Min.class).value());
            assertEquals(5, score.getAnnotation(Max.class).value());
        }
    }

    @Test
    void viewsAreEntitiesOnlyWithAnIdColumn() throws Exception {
        CodegenOptions options = CodegenOptions.builder().packageName("com.example.features").style(Style.BEAN)
                .build();
        InMemoryCompiler.compile(EntityGenerator.generate(TestCatalogs.features(), options), classes);
        try (URLClassLoader loader = InMemoryCompiler.loader(classes)) {
            Class<?> open = loader.loadClass("com.example.features.OpenTicket");
            assertNotNull(open.getAnnotation(jakarta.persistence.Entity.class));
            assertNotNull(open.getDeclaredField("id").getAnnotation(Id.class));
            assertNull(open.getDeclaredField("title").getAnnotation(Size.class), "nothing is inserted into a view");
            Class<?> daily = loader.loadClass("com.example.features.DailyCount");
            assertNull(daily.getAnnotation(jakarta.persistence.Entity.class));
            assertNull(daily.getDeclaredField("day").getAnnotation(Column.class));
        }
    }

    private static RecordComponent component(Class<?> record, String name) {
        return Arrays.stream(record.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow();
    }
}
