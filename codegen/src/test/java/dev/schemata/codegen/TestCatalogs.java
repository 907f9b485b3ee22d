package dev.schemata.codegen;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.ColumnRef;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.ConstraintKind;
import dev.schemata.catalog.EnumType;
import dev.schemata.catalog.ForeignKey;
import dev.schemata.catalog.Identity;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Schema;
import dev.schemata.catalog.Sequence;
import dev.schemata.catalog.SequenceOptions;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.Domain;
import dev.schemata.catalog.DomainConstraint;
import dev.schemata.catalog.View;
import java.util.Arrays;
import java.util.List;

/** Catalogs built by hand, as the introspector would report them, covering what the generator handles. */
final class TestCatalogs {
    private static final SequenceOptions BIGINT_SEQUENCE =
            new SequenceOptions("bigint", 1, 1, 1, Long.MAX_VALUE, 1, false);
    private static final SequenceOptions INTEGER_SEQUENCE =
            new SequenceOptions("integer", 1, 1, 1, Integer.MAX_VALUE, 1, false);

    private TestCatalogs() {}

    /** One schema: every type mapping, enums, identity, serial, composite and missing keys, odd comments. */
    static Catalog shop() {
        Table customer = table("public", "customer", "A buyer. Ends */ here? @param no <b>bold</b> & \\u0041.",
                List.of(pk("customer_pkey", "id")),
                identity(Column.of("id", "bigint"), Identity.Generation.BY_DEFAULT).withComment("Surrogate key."),
                Column.of("email", "character varying(200)").withNotNull(true),
                Column.of("display_name", "text"),
                Column.of("mood", "mood"),
                Column.of("created_at", "timestamp with time zone").withNotNull(true).withDefault("now()"),
                Column.of("tags", "text[]"),
                Column.of("moods", "mood[]"));
        Table orders = table("public", "orders", null,
                List.of(pk("orders_pkey", "id")),
                Column.of("id", "integer").withNotNull(true).withDefault("nextval('orders_id_seq'::regclass)"),
                Column.of("customer_id", "bigint").withNotNull(true),
                Column.of("status", "public.order_status").withNotNull(true).withDefault("'new'::order_status"),
                Column.of("total", "numeric(12,2)").withNotNull(true).withComment("Sum of lines,\nin cents? No."),
                Column.of("discount", "numeric"),
                Column.of("weight", "real"),
                Column.of("ratio", "double precision"),
                Column.of("paid", "boolean"),
                Column.of("ref", "uuid"),
                Column.of("placed_on", "date"),
                Column.of("cutoff", "time without time zone"),
                Column.of("cutoff_tz", "time(3) with time zone"),
                Column.of("placed_at", "timestamp(3) without time zone"),
                Column.of("shipping_time", "interval day to second(3)"),
                Column.of("payload", "jsonb"),
                Column.of("extra", "json"),
                Column.of("receipt", "bytea"),
                Column.of("currency", "character(3)").withNotNull(true),
                Column.of("kind", "\"char\""),
                Column.of("owner", "name"),
                Column.of("note", "citext"),
                Column.of("client_ip", "inet"),
                Column.of("scores", "integer[]"),
                Column.of("windows", "tstzrange[]"),
                Column.of("price_band", "int4range"),
                new Column("total_with_tax", "numeric(14,2)", false, null, null, "(total * 1.2)", null, null));
        Table orderLine = table("public", "order_line", "One line of an order.",
                List.of(pk("order_line_pkey", "order_id", "line_no")),
                Column.of("order_id", "integer").withNotNull(true),
                Column.of("line_no", "smallint").withNotNull(true),
                Column.of("quantity", "smallint").withNotNull(true).withDefault("1"));
        Table auditLog = table("public", "audit_log", null, List.of(),
                Column.of("at", "timestamp with time zone"),
                Column.of("message", "text"));
        Table weird = table("public", "weird names", null, List.of(),
                identity(Column.of("serial_no", "bigint"), Identity.Generation.ALWAYS),
                Column.of("class", "text"),
                Column.of("default", "text"),
                Column.of("1st", "text"),
                Column.of("user_id", "integer"),
                Column.of("userId", "integer"),
                Column.of("Hash Code", "integer"),
                Column.of("a\"b", "text"),
                Column.of("?", "text"),
                Column.of("$", "text"),
                Column.of("größe", "text"),
                Column.of("ORDER_NO", "integer"));
        EnumType mood = new EnumType(QualifiedName.of("public", "mood"),
                List.of("happy", "sad", "so-so", "in progress", "inProgress", "1st", "+", "Happy"),
                "How a customer feels.");
        EnumType status = new EnumType(QualifiedName.of("public", "order_status"),
                List.of("new", "paid", "shipped"), null);
        Sequence ordersId = new Sequence(QualifiedName.of("public", "orders_id_seq"), INTEGER_SEQUENCE,
                new ColumnRef(QualifiedName.of("public", "orders"), "id"), null);
        return new Catalog(List.of(new Schema("public", null)),
                List.of(orders, customer, orderLine, auditLog, weird), List.of(status, mood), List.of(ordersId));
    }

    /**
     * Several schemas: the same table name in two of them, names that clash with java.lang, with JPA
     * annotation names and with each other, enums referenced qualified and quoted.
     */
    static Catalog multiSchema() {
        Table publicOrders = table("public", "orders", null, List.of(pk("orders_pkey", "id")),
                identity(Column.of("id", "bigint"), Identity.Generation.ALWAYS),
                Column.of("status", "sales.status"),
                Column.of("label", "string"));
        Table salesOrders = table("sales", "orders", "Orders of the sales team.", List.of(pk("orders_pkey", "id")),
                identity(Column.of("id", "bigint"), Identity.Generation.ALWAYS),
                Column.of("mood", "\"Mood\""),
                Column.of("status", "status"));
        Table string = table("public", "string", null, List.of(pk("string_pkey", "value")),
                Column.of("value", "text").withNotNull(true),
                Column.of("length", "integer"),
                Column.of("number", "bigint"));
        Table key = table("public", "key", null, List.of(pk("key_pkey", "a", "b")),
                Column.of("a", "integer").withNotNull(true),
                Column.of("b", "text").withNotNull(true));
        Table entity = table("public", "entity", null, List.of(pk("entity_pkey", "id")),
                Column.of("id", "uuid").withNotNull(true).withDefault("gen_random_uuid()"),
                Column.of("table", "text"),
                Column.of("column", "text"));
        Table orderItem = table("public", "order_item", null, List.of(), Column.of("id", "integer"));
        Table override = table("public", "override", "Hides java.lang.Override in its package.",
                List.of(pk("override_pkey", "id")), Column.of("id", "integer").withNotNull(true));
        Table orderItemCamel = table("public", "OrderItem", null, List.of(), Column.of("id", "integer"));
        Table orderItemLower = table("public", "orderitem", null, List.of(), Column.of("id", "integer"));
        Table reporting = table("Sales Data", "daily totals", null, List.of(),
                Column.of("day", "date").withNotNull(true),
                Column.of("mood", "public.\"Mood\""));
        EnumType quotedMood = new EnumType(QualifiedName.of("public", "Mood"), List.of("Good", "Bad"), null);
        EnumType salesStatus =
                new EnumType(QualifiedName.of("sales", "status"), List.of("open", "won", "lost"), null);
        EnumType stringEnum =
                new EnumType(QualifiedName.of("public", "STRING"), List.of("x"), "Clashes with table string.");
        Sequence unrelated = new Sequence(QualifiedName.of("public", "ticket_seq"), BIGINT_SEQUENCE, null, null);
        List<Schema> schemas =
                List.of(new Schema("public", null), new Schema("sales", null), new Schema("Sales Data", null));
        return new Catalog(schemas,
                List.of(publicOrders, salesOrders, string, key, entity, orderItem, orderItemCamel, orderItemLower,
                        reporting, override),
                List.of(quotedMood, salesStatus, stringEnum), List.of(unrelated));
    }

    /**
     * The features beyond plain columns: enum mappings, composite and foreign keys, checks, versions,
     * comment tags.
     */
    static Catalog features() {
        Table customer = table("public", "customer", null, List.of(pk("customer_pkey", "id"),
                        check("customer_email_check", "(email ~ '^[^@]+@[^@]+$'::text)", "email"),
                        check("customer_name_check", "(char_length((name)::text) >= 1)", "name")),
                identity(Column.of("id", "bigint"), Identity.Generation.ALWAYS),
                Column.of("name", "character varying(50)").withNotNull(true),
                Column.of("email", "text"),
                Column.of("version", "integer").withNotNull(true).withDefault("0"));
        Table ticket = table("public", "ticket", "A support ticket.",
                List.of(pk("ticket_pkey", "id"), fk("ticket_assignee_fkey", List.of("assignee"), "customer", "id"),
                        fk("ticket_customer_id_fkey", List.of("customer_id"), "customer", "id"),
                        check("ticket_check", "((price > (0)::numeric) AND (qty >= 1) AND (qty <= 100))", "price",
                                "qty"),
                        check("ticket_kind_check", "((kind)::text = ANY ((ARRAY['bug'::character varying, "
                                + "'how-to'::character varying, 'other?'::character varying])::text[]))", "kind"),
                        check("ticket_ratio_check", "((ratio >= 0.5) AND (ratio < (1)::numeric))", "ratio")),
                identity(Column.of("id", "bigint"), Identity.Generation.ALWAYS),
                Column.of("priority", "priority").withNotNull(true),
                Column.of("status", "status"),
                Column.of("customer_id", "bigint").withNotNull(true),
                Column.of("assignee", "bigint"),
                Column.of("price", "numeric(10,2)"),
                Column.of("qty", "integer"),
                Column.of("kind", "character varying(10)"),
                Column.of("ratio", "numeric"),
                Column.of("version", "text"),
                Column.of("row_version", "timestamp without time zone").withNotNull(true),
                Column.of("row_version_2", "bigint"));
        Table ticketTag = table("public", "ticket_tag", null, List.of(pk("ticket_tag_pkey", "ticket_id", "tag"),
                        fk("ticket_tag_ticket_id_fkey", List.of("ticket_id"), "ticket", "id")),
                Column.of("ticket_id", "bigint").withNotNull(true),
                Column.of("note", "text"),
                Column.of("tag", "character varying(30)").withNotNull(true),
                Column.of("id", "integer"));
        Table vote = table("public", "ticket_tag_vote", null, List.of(
                        fk("ticket_tag_vote_tag_fkey", List.of("ticket_id", "tag"), "ticket_tag", "ticket_id", "tag"),
                        fk("ticket_tag_vote_voter_id_fkey", List.of("voter_id"), "customer", "id"),
                        fk("ticket_tag_vote_ticket_id_fkey", List.of("ticket_id"), "ticket", "id")),
                Column.of("ticket_id", "bigint").withNotNull(true),
                Column.of("tag", "character varying(30)").withNotNull(true),
                Column.of("voter_id", "bigint"));
        Table gadget = table("public", "tagged_thing",
                "Things with tags.\n@name Gadget\n@jpa @jakarta.persistence.Cacheable",
                List.of(pk("tagged_thing_pkey", "id")),
                Column.of("id", "bigint").withNotNull(true)
                        .withComment("  @jpa @jakarta.persistence.Access(jakarta.persistence.AccessType.FIELD)"),
                Column.of("secret", "text").withComment("Never leaves the database.\n@omit"),
                Column.of("created", "timestamp with time zone").withComment("@javaType java.time.Instant\nWhen."),
                Column.of("nick", "text").withComment("@name nickname\n"
                        + "@validate @jakarta.validation.constraints.Email\n@jpa @jakarta.persistence.Lob"),
                Column.of("nickname", "text"),
                Column.of("ip", "inet"),
                Column.of("ips", "inet[]"),
                Column.of("mood", "priority").withComment("An @ inside a line is text."),
                Column.of("amount", "text"),
                Column.of("price", "positive_amount"),
                Column.of("code", "short_code"),
                Column.of("score", "public.happiness").withNotNull(true),
                Column.of("waited", "interval"),
                Column.of("span", "int4range"));
        Table invoice = table("public", "invoice", null, List.of(pk("invoice_pkey", "no")),
                Column.of("no", "bigint").withNotNull(true).withDefault("nextval('invoice_no_seq'::regclass)"),
                Column.of("total", "numeric(12,2)"));
        Sequence invoiceNumbers = new Sequence(QualifiedName.of("public", "invoice_no_seq"),
                new SequenceOptions("bigint", 1000, 50, 1, Long.MAX_VALUE, 1, false), null, null);
        Table legacy = table("public", "legacy", "@omit", List.of(), Column.of("x", "text"));
        EnumType priority = new EnumType(QualifiedName.of("public", "priority"), List.of("LOW", "HIGH"),
                "How urgent.\n@name Urgency");
        EnumType status = new EnumType(QualifiedName.of("public", "status"), List.of("new", "closed"), null);
        View openTickets = new View(QualifiedName.of("public", "open_ticket"), false,
                "SELECT id, customer_id FROM public.ticket", List.of(Column.of("id", "bigint"),
                        Column.of("customer_id", "bigint"), Column.of("title", "character varying(80)")
                                .withComment("What it is about.")),
                List.of(), List.of(), "Tickets not closed yet.");
        View dailyCounts = new View(QualifiedName.of("public", "daily_count"), true,
                "SELECT ...", List.of(Column.of("day", "date"), Column.of("total", "bigint")),
                List.of(), List.of(), null);
        return Catalog.builder().schemas(List.of(new Schema("public", null)))
                .tables(List.of(customer, ticket, ticketTag, vote, gadget, invoice, legacy))
                .sequences(List.of(invoiceNumbers))
                .enums(List.of(priority, status))
                .views(List.of(openTickets, dailyCounts))
                .domains(List.of(
                        new Domain(QualifiedName.of("public", "positive_amount"), "numeric(10,2)", null, true, null,
                                List.of(new DomainConstraint("positive_amount_check", "CHECK ((VALUE > (0)::numeric))",
                                        true, null)), null),
                        new Domain(QualifiedName.of("public", "short_code"), "character varying(8)", "'A'::text",
                                true, null, List.of(new DomainConstraint("short_code_check",
                                        "CHECK (((VALUE)::text ~ '^[A-Z]+$'::text))", true, null)), null),
                        new Domain(QualifiedName.of("public", "happiness"), "integer", null, false, null,
                                List.of(new DomainConstraint("happiness_check",
                                        "CHECK ((VALUE BETWEEN 1 AND 5)) NOT VALID", false, null)), null)))
                .build();
    }

    static Constraint check(String name, String expression, String... columns) {
        return new Constraint(name, ConstraintKind.CHECK, "CHECK " + expression, List.of(columns), null, expression,
                false, false, true, null);
    }

    static Constraint fk(String name, List<String> columns, String table, String... referenced) {
        ForeignKey target = new ForeignKey(QualifiedName.of("public", table), List.of(referenced), "NO ACTION",
                "NO ACTION", "SIMPLE");
        String definition = "FOREIGN KEY (" + String.join(", ", columns) + ") REFERENCES public." + table + "("
                + String.join(", ", referenced) + ")";
        return new Constraint(name, ConstraintKind.FOREIGN_KEY, definition, columns, target, null, false, false,
                true, null);
    }

    static Table table(String schema, String name, String comment, List<Constraint> constraints, Column... columns) {
        return new Table(QualifiedName.of(schema, name), Arrays.asList(columns), constraints, List.of(), comment);
    }

    static Constraint pk(String name, String... columns) {
        return new Constraint(name, ConstraintKind.PRIMARY_KEY, "PRIMARY KEY (" + String.join(", ", columns) + ")",
                List.of(columns), null, null, false, false, true, null);
    }

    static Column identity(Column column, Identity.Generation generation) {
        return column.withNotNull(true).withIdentity(new Identity(generation, BIGINT_SEQUENCE));
    }
}
