try {
    def log = new File(basedir, 'build.log').text

    // Invocation 2: the additions ran, the drop of the column the old code still reads waited.
    assert log.contains('ALTER TABLE public.users ADD COLUMN display_name text DEFAULT \'\'::text NOT NULL')
    assert log.contains('CREATE INDEX CONCURRENTLY users_email_idx')

    // Invocation 3: only the contract half is left.
    def left = new File(basedir, 'target/after-expand/plan.sql').text
    assert left.contains('ALTER TABLE public.users DROP COLUMN name')
    assert !left.contains('ADD COLUMN')

    // Invocation 4: the contract phase dropped the column.
    assert log =~ /(?s)Applied 1 statement.*/

    // Invocation 5: nothing left.
    assert new File(basedir, 'target/after-contract/plan.sql').text.trim().isEmpty()
} finally {
    evaluate(new File(basedir, '../../../src/it/embedded-cleanup.groovy'))
}
