try {
    def log = new File(basedir, 'build.log').text

    // Invocation 2: refused, each statement with the hazards it needs and how to allow them.
    assert log.contains('The plan has 1 statement with hazards that schema.allowHazards does not allow; nothing was applied')
    assert log.contains('ALTER TABLE public.orders ALTER COLUMN quantity TYPE bigint')
    assert log.contains('needs TABLE_REWRITE: rewrites public.orders')
    assert log.contains('-Dschema.allowHazards=TABLE_REWRITE,ACCESS_EXCLUSIVE_LOCK,INDEX_BUILD,')

    // Invocation 3: nothing ran in 2, so the plan still holds both statements, one needing permission.
    def refused = new File(basedir, 'target/v2-refused/plan.sql').text
    assert refused.contains('-- needs permission: add TABLE_REWRITE,ACCESS_EXCLUSIVE_LOCK to schema.allowHazards')
    assert refused.contains('CREATE INDEX CONCURRENTLY orders_note_idx')
    assert log.contains('2 statements to run, 0 withheld, 1 of them need permission in schema.allowHazards')

    // Invocation 4: allowed, both ran.
    assert log.contains('Applied 2 statements, 0 withheld')

    // Invocation 5: the database matches v2.
    assert new File(basedir, 'target/v2-after/plan.sql').text.trim().isEmpty()
} finally {
    evaluate(new File(basedir, '../../../src/it/embedded-cleanup.groovy'))
}
