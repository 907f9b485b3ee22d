try {
    def log = new File(basedir, 'build.log').text
    def exported = new File(basedir, 'target/exported')
    def names = exported.list().sort()

    // One numbered file per object, in the order they load.
    assert names[0] == '001-shop.sql'
    assert names.any { it ==~ /\d{3}-shop\.customers\.sql/ }
    assert names.any { it ==~ /\d{3}-shop\.open_orders\.sql/ }
    assert names.findIndexOf { it.endsWith('-shop.customers.sql') } < names.findIndexOf { it.endsWith('-shop.open_orders.sql') }
    def customers = new File(exported, names.find { it.endsWith('-shop.customers.sql') }).text
    assert customers.contains('CREATE TABLE shop.customers')
    assert customers.contains("COMMENT ON TABLE shop.customers IS 'people who buy'")

    // Invocation 3: the export plans empty against its database.
    assert new File(basedir, 'target/schema/plan.sql').text.trim().isEmpty()
    assert log.contains('No changes: the database matches the schema files.')

    // Invocation 4: refused; invocation 5: written over.
    assert log.contains('is not empty')
    assert log.contains('schema.overwrite=true')
    assert log.count("Wrote ${names.size()} files into") == 2
} finally {
    evaluate(new File(basedir, '../../../src/it/embedded-cleanup.groovy'))
}
