try {
    def log = new File(basedir, 'build.log').text
    assert log =~ /Applied \d+ statements, 0 withheld/
    assert log.contains('Tests run: 2, Failures: 0, Errors: 0')
    assert !log.contains('BUILD FAILURE')

    def generated = new File(basedir, 'target/generated-sources/schema/it/shop/db')
    def orders = new File(generated, 'Orders.java').text
    assert orders.contains('@JdbcTypeCode(SqlTypes.NAMED_ENUM)')
    assert orders.contains('@JdbcTypeCode(SqlTypes.JSON)')
    assert orders.contains('@GeneratedValue(strategy = GenerationType.IDENTITY)')
    assert orders.contains('@OneToMany(mappedBy = "order")')
    assert new File(generated, 'Customers.java').text.contains('@Convert(converter = CustomerTier.Converter.class)')
    assert new File(generated, 'OrderLines.java').text.contains('@IdClass(OrderLines.Key.class)')
    def invoices = new File(generated, 'Invoices.java').text
    assert invoices.contains('allocationSize = 50')
    assert invoices.contains('@Pattern(regexp = "[^@]+@[^@]+")')
    assert invoices.contains('columnDefinition = "email_address"')
    assert invoices.contains('@JdbcTypeCode(SqlTypes.JSON)')
    assert invoices.contains('private Address billingAddress;')
    assert invoices.contains('private InetAddress issuedFrom;')
    assert new File(generated, 'InvoiceSummaries.java').text.contains('@Immutable')
} finally {
    evaluate(new File(basedir, '../../../src/it/embedded-cleanup.groovy'))
}
