package com.example.shop;

import com.example.shop.db.CustomerTier;
import com.example.shop.db.Customers;
import com.example.shop.db.Orders;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A tiny piece of application code written against the entities that schema:generate derives from
 * src/main/schema. Rename a column there and this class stops compiling: the schema files are the one
 * source of truth for the database and for the Java model.
 */
public final class Checkout {
    private static final BigDecimal GOLD_DISCOUNT = new BigDecimal("0.90");

    private Checkout() {}

    /** A new order for the customer, gold customers paying 10% less. */
    public static Orders order(Customers customer, BigDecimal amount) {
        Orders order = new Orders();
        order.setCustomerId(customer.getId());
        BigDecimal total = customer.getTier() == CustomerTier.GOLD ? amount.multiply(GOLD_DISCOUNT) : amount;
        order.setTotal(total.setScale(2, RoundingMode.HALF_UP));
        return order;
    }
}
