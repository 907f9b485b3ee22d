package it.shop;

/** The JSON value of invoices.billing_address, which Hibernate reads and writes with Jackson. */
public record Address(String street, String city) {}
