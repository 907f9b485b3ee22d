try {
    def log = new File(basedir, 'build.log').text

    // 1 and 3: no drift, twice.
    assert log.count('No drift: the database matches the schema files.') == 2

    // 2: the failure names what differs and how to fix it.
    assert log.contains('ALTER TABLE public.customers ADD COLUMN phone text;')
    assert log.contains('CREATE INDEX CONCURRENTLY customers_phone_idx ON public.customers USING btree (phone);')
    assert log.contains('The target database differs from the schema files: 2 statements would make them equal')
    assert log.contains('schema:apply')
} finally {
    evaluate(new File(basedir, '../../../src/it/embedded-cleanup.groovy'))
}
