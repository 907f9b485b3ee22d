try {
    def log = new File(basedir, 'build.log').text
    def plan = new File(basedir, 'target/schema/plan.sql').text

    assert plan.contains('CREATE TABLE public.authors')
    assert plan.contains('CREATE TABLE public.books')
    assert plan.contains('books_author_id_idx')

    // Beside it, a summary for a pull-request comment.
    def markdown = new File(basedir, 'target/schema/plan.md').text
    assert markdown.startsWith('## Schema plan')
    assert markdown.contains('**4 statements to run, 0 withheld**')
    assert markdown.contains('CREATE TABLE public.authors')

    // The plan changed nothing: the first apply still had the tables to create, and said so.
    def firstApply = log.indexOf('Applied 4 statements, 0 withheld')
    assert firstApply > 0
    assert log =~ /\[1\/4\] CREATE TABLE public\.authors/

    // The second apply found the database matching the files.
    assert log.indexOf('No changes: the database matches the schema files.', firstApply) > 0

    // Plan and apply in one build: the files ran in a shadow once, for the plan; the apply reused what they declare.
    def reused = 'reusing the declared schema loaded earlier in this build'
    assert log.count(reused) == 1
    assert new File(basedir, 'target/schema-again/plan.md').text.contains('No changes')
    def lastPlan = log.lastIndexOf('loading the declared schema into a shadow')
    assert lastPlan > 0 && log.indexOf(reused) > lastPlan
} finally {
    evaluate(new File(basedir, '../../../src/it/embedded-cleanup.groovy'))
}
