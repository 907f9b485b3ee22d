try {
    def log = new File(basedir, 'build.log').text

    // file:line:column of "NUL" in the broken file, and PostgreSQL's own words.
    assert log =~ /customers\.sql:9:\d+/
    assert log.contains('syntax error')
    assert log.contains('BUILD FAILURE')

    // The failure changed nothing: the database still matches v1.
    assert new File(basedir, 'target/v1-after-failure/plan.sql').text.trim().isEmpty()
} finally {
    evaluate(new File(basedir, '../../../src/it/embedded-cleanup.groovy'))
}
