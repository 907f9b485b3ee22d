try {
    def log = new File(basedir, 'build.log').text

    // Invocation 1: the role, what is wrong, and both fixes.
    assert log.contains('app_reader, which the target database lacks')
    assert log.contains('CREATE ROLE app_reader NOLOGIN')
    assert log.contains('schema.managedRoles')
    assert log.contains('BUILD FAILURE')

    // Invocation 2: the table is created; privileges are left alone.
    assert log.contains('CREATE TABLE public.item')
    assert !log.contains('GRANT SELECT')
} finally {
    evaluate(new File(basedir, '../../../src/it/embedded-cleanup.groovy'))
}
