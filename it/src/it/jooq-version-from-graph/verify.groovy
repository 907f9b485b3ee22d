def log = new File(basedir, 'build.log').text
assert log.contains("Running jOOQ's code generator org.jooq:jooq-codegen:jar:3.19.22 against the shadow database")
assert !log.contains('BUILD FAILURE')

def out = new File(basedir, 'target/generated-sources/schema')
assert new File(out, 'it/graph/q/tables/Books.java').isFile()
assert new File(out, 'it/graph/q/enums/Genre.java').isFile()
assert new File(basedir, 'target/classes/it/graph/q/tables/Books.class').isFile()
// generator=jooq writes no entities
assert !new File(out, 'generated').exists()
assert !new File(out, '.schemata-generated').exists()
// the second build
assert log.contains('Generated sources are up to date')
