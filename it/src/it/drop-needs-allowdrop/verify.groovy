try {
    def log = new File(basedir, 'build.log').text

    // Invocation 2: the drop is listed as skipped with its reason, and nothing else ran.
    assert log =~ /skipped, [^\n]*allowDrop[^\n]*:\s*\n[^\n]*-- ALTER TABLE public\.customers DROP COLUMN fax/
    assert log.contains('Applied 0 statements, 1 withheld')

    // Invocation 3: the column survived, so v1 still matches.
    assert new File(basedir, 'target/v1-after-withheld-drop/plan.sql').text.trim().isEmpty()

    // Invocation 4: with allowDrop the drop ran.
    assert log.contains('Applied 1 statement, 0 withheld')

    // Invocation 5: the database matches v2.
    assert new File(basedir, 'target/v2-after-drop/plan.sql').text.trim().isEmpty()
} finally {
    evaluate(new File(basedir, '../../../src/it/embedded-cleanup.groovy'))
}
