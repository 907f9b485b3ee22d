package it.shop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PostgresBinaries;
import it.shop.db.CustomerTier;
import it.shop.db.Customers;
import it.shop.db.InvoiceSummaries;
import it.shop.db.Invoices;
import it.shop.db.OrderLines;
import it.shop.db.OrderStatus;
import it.shop.db.Orders;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;

/**
 * The generated entities against the database schema:apply built from the same files: Hibernate's
 * schema validation passes, and what is persisted comes back equal, column by column.
 */
class RoundTripTest {

    /** The embedded database schema:apply created (views and domains included), started again from its data. */
    private static EmbeddedPostgres database() throws Exception {
        PostgresBinaries binaries = PostgresBinaries.fromClassPath().orElseThrow();
        return EmbeddedPostgres.startPersistent(binaries, System.getProperty("it.database"));
    }

    private static SessionFactory hibernate(EmbeddedPostgres server) {
        return new Configuration()
                .addAnnotatedClass(Customers.class)
                .addAnnotatedClass(Orders.class)
                .addAnnotatedClass(OrderLines.class)
                .addAnnotatedClass(Invoices.class)
                .addAnnotatedClass(InvoiceSummaries.class)
                // stringtype=unspecified: the converter of customer_tier binds its label as a string
                .setProperty("hibernate.connection.url", server.jdbcUrl("postgres") + "?stringtype=unspecified")
                .setProperty("hibernate.connection.username", "postgres")
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .buildSessionFactory();
    }

    @Test
    void hibernateValidatesTheEntitiesAndEveryColumnRoundTrips() throws Exception {
        UUID externalId = UUID.fromString("7d444840-9dc0-11d1-b245-5ffdce74fad2");
        OffsetDateTime createdAt = OffsetDateTime.of(2024, 2, 29, 13, 45, 6, 123_456_000, ZoneOffset.ofHours(2));
        byte[] receipt = {0, 1, 2, (byte) 0xff};
        try (EmbeddedPostgres server = database(); SessionFactory factory = hibernate(server)) {
            long customerId;
            int orderId;
            try (Session session = factory.openSession()) {
                session.beginTransaction();
                Customers customer = new Customers();
                customer.setEmail("ada@example.com");
                customer.setExternalId(externalId);
                customer.setActive(true);
                customer.setBorn(LocalDate.of(1815, 12, 10));
                customer.setCreatedAt(createdAt);
                customer.setTier(CustomerTier.SILVER);
                session.persist(customer);

                Orders order = new Orders();
                order.setCustomer(customer);
                order.setTotal(new BigDecimal("1234.50"));
                order.setStatus(OrderStatus.PAID);
                order.setAttributes("{\"gift\": true, \"note\": \"ring twice\"}");
                order.setTags(List.of("fragile", "two words"));
                order.setReceipt(receipt);
                session.persist(order);
                session.flush();

                OrderLines line = new OrderLines();
                line.setOrderId(order.getId());
                line.setLineNo((short) 1);
                line.setProduct("Analytical Engine");
                line.setQuantity(3);
                session.persist(line);
                session.getTransaction().commit();
                customerId = customer.getId();
                orderId = order.getId();
            }

            try (Session session = factory.openSession()) {
                Customers customer = session.find(Customers.class, customerId);
                assertEquals("ada@example.com", customer.getEmail());
                assertEquals(externalId, customer.getExternalId());
                assertEquals(true, customer.getActive());
                assertEquals(LocalDate.of(1815, 12, 10), customer.getBorn());
                assertEquals(createdAt.toInstant(), customer.getCreatedAt().toInstant());
                assertEquals(CustomerTier.SILVER, customer.getTier());

                Orders order = session.find(Orders.class, orderId);
                assertEquals(customerId, order.getCustomerId());
                assertEquals(customerId, order.getCustomer().getId());
                assertEquals("ada@example.com", order.getCustomer().getEmail());
                assertEquals(new BigDecimal("1234.50"), order.getTotal());
                assertEquals(OrderStatus.PAID, order.getStatus());
                assertEquals("{\"gift\": true, \"note\": \"ring twice\"}", order.getAttributes());
                assertEquals(List.of("fragile", "two words"), order.getTags());
                assertArrayEquals(receipt, order.getReceipt());
                assertEquals(List.of(orderId), customer.getOrders().stream().map(Orders::getId).toList());

                OrderLines line = session.find(OrderLines.class, new OrderLines.Key(orderId, (short) 1));
                assertNotNull(line);
                assertEquals("Analytical Engine", line.getProduct());
                assertEquals(3, line.getQuantity());
                assertEquals(orderId, line.getOrder().getId()); // a key column that is also a foreign key
                assertEquals(List.of("Analytical Engine"),
                        order.getOrderLines().stream().map(OrderLines::getProduct).toList());

                // The enums are stored as their PostgreSQL labels.
                Object[] labels = session.createNativeQuery(
                        "SELECT o.status::text, c.tier::text FROM orders o JOIN customers c ON c.id = o.customer_id",
                        Object[].class).getSingleResult();
                assertEquals(List.of("PAID", "silver"), List.of(labels));
                assertNull(session.find(Orders.class, orderId + 1));
            }
        }
    }

    /**
     * A key from a standalone sequence counting by 50 (Hibernate's pooled optimizer), interval as Duration, inet as
     * InetAddress, jsonb as the @json record; then the same row through the view's read-only entity.
     */
    @Test
    void sequenceKeysIntervalsInetJsonAndAViewRoundTrip() throws Exception {
        Duration terms = Duration.ofHours(36).plusMinutes(30).plusSeconds(15);
        InetAddress from = InetAddress.getByName("192.0.2.10");
        Address address = new Address("1 Main St", "Springfield");
        try (EmbeddedPostgres server = database(); SessionFactory factory = hibernate(server)) {
            long first;
            long second;
            try (Session session = factory.openSession()) {
                session.beginTransaction();
                Invoices invoice = new Invoices();
                invoice.setPaymentTerms(terms);
                invoice.setIssuedFrom(from);
                invoice.setBillingAddress(address);
                invoice.setContact("billing@example.com");
                invoice.setBillingPeriod("[2026-01-01,2026-02-01)");
                invoice.setReminderDays("{[1,3),[7,8)}");
                invoice.setAmount("[10.5,99.99]");
                session.persist(invoice);
                Invoices other = new Invoices();
                other.setPaymentTerms(Duration.ofDays(2));
                session.persist(other);
                session.getTransaction().commit();
                first = invoice.getId();
                second = other.getId();
            }

            try (Session session = factory.openSession()) {
                assertEquals(first + 1, second, "Hibernate hands out the block the sequence reserved");
                session.beginTransaction();
                Long byDefault = session.createNativeQuery(
                        "INSERT INTO invoices (payment_terms) VALUES ('1 day') RETURNING id", Long.class)
                        .getSingleResult();
                session.getTransaction().commit();
                assertTrue(byDefault > second, "the column default draws past Hibernate's block");

                Invoices invoice = session.find(Invoices.class, first);
                assertEquals(terms, invoice.getPaymentTerms());
                assertEquals(from, invoice.getIssuedFrom());
                assertEquals(address, invoice.getBillingAddress());
                assertEquals("billing@example.com", invoice.getContact());
                assertEquals("[2026-01-01,2026-02-01)", invoice.getBillingPeriod());
                assertEquals("{[1,3),[7,8)}", invoice.getReminderDays());
                assertEquals("[10.5,99.99]", invoice.getAmount());
                assertNull(session.find(Invoices.class, second).getBillingPeriod());
                assertEquals(Boolean.TRUE, session.createNativeQuery("SELECT billing_period @> date '2026-01-31'"
                        + " AND 7 <@ reminder_days AND amount @> 50.0 FROM invoices WHERE id = " + first,
                        Boolean.class).getSingleResult(), "stored as real ranges, not text");
                Object[] stored = session.createNativeQuery("SELECT extract(epoch FROM payment_terms)::bigint,"
                        + " host(issued_from), billing_address ->> 'city' FROM invoices WHERE id = " + first,
                        Object[].class).getSingleResult();
                assertEquals(List.of(terms.toSeconds(), "192.0.2.10", "Springfield"),
                        List.of(((Number) stored[0]).longValue(), stored[1], stored[2]));

                InvoiceSummaries summary = session.find(InvoiceSummaries.class, first);
                assertEquals("Springfield", summary.getCity());
                assertEquals(terms, summary.getPaymentTerms());
                assertEquals(3L, session.createQuery("select count(s) from InvoiceSummaries s", Long.class)
                        .getSingleResult());
            }
        }
    }
}
