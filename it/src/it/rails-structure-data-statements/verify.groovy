try {
    def log = new File(basedir, 'build.log').text

    // 1: the INSERT is at line 111 of db/structure.sql.
    assert log =~ /structure\.sql:111:1: a data statement in a schema file: INSERT INTO "schema_migrations"/
    assert log.contains('set schema.skipDataStatements=true')

    // 2: skipped with its place, the tables created.
    assert log =~ /\[WARNING\] .*structure\.sql:111: skipped data statement/
    assert log =~ /CREATE TABLE public\.users/
    assert log =~ /Applied \d+ statements, 0 withheld/

    // 3
    assert new File(basedir, 'target/schema/plan.sql').text.trim().isEmpty()
} finally {
    evaluate(new File(basedir, '../../../src/it/embedded-cleanup.groovy'))
}
