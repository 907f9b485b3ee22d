try {
    def log = new File(basedir, 'build.log').text

    assert log =~ /Applied \d+ statements, 0 withheld/
    assert log.contains('No changes: the database matches the schema files.')
    assert new File(basedir, 'target/schema/plan.sql').text.trim().isEmpty()
} finally {
    evaluate(new File(basedir, '../../../src/it/embedded-cleanup.groovy'))
}
