try {
    def log = new File(basedir, 'build.log').text

    // The first apply ran the plan statement by statement and recorded itself.
    assert log =~ /\[1\/1\] CREATE TABLE public\.authors \( \(\d+ ms\)/
    def first = log.indexOf('Recorded this apply in schemata.apply_history')
    assert first > 0

    // The second found nothing to do (no DROP of the history table), recorded itself too, and the check saw no drift.
    def second = log.indexOf('Recorded this apply in schemata.apply_history', first + 1)
    assert second > first
    assert log.indexOf('No changes: the database matches the schema files.', first) > 0
    assert log.indexOf('No drift: the database matches the schema files.', second) > 0
    assert !log.contains('DROP TABLE schemata.apply_history')
    assert !log.contains('DROP SCHEMA schemata')
} finally {
    evaluate(new File(basedir, '../../../src/it/embedded-cleanup.groovy'))
}
