try {
    def log = new File(basedir, 'build.log').text

    // Invocation 1 wrote the files for review.
    ['plan.sql', 'plan.md', 'plan.json', 'rollback.sql'].each { assert new File(basedir, "target/schema/$it").isFile() }
    def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema/plan.json'))
    assert json.format == 1
    assert json.options.allowDrop == false
    assert json.statements*.sql.any { it.startsWith('CREATE TABLE public.authors') }
    assert json.target.fingerprint ==~ /[0-9a-f]{64}/
    assert new File(basedir, 'target/schema/rollback.sql').text.contains('DROP TABLE public.authors')

    // Invocation 2 ran that plan.
    assert log.contains('Applied 1 statement of plan.json, 0 withheld')

    // Invocation 3 planned v2; its rollback drops books.
    assert new File(basedir, 'target/v2/rollback.sql').text.contains('DROP TABLE public.books')

    // Invocation 5: refused, naming what changed.
    assert log.contains('The target database changed since the plan')
    assert log.contains('changed: table public.authors')
    assert !log.contains('Applied 2 statements')

    // Invocation 6: the broken file is named with what is wrong.
    assert log.contains('broken-plan.json cannot be applied: it is not valid JSON')

    // Invocation 7: nothing ran after the refusals.
    assert new File(basedir, 'target/after-refusals/plan.sql').text.trim().isEmpty()
} finally {
    evaluate(new File(basedir, '../../../src/it/embedded-cleanup.groovy'))
}
