def log = new File(basedir, 'build.log').text
assert log.contains("Running jOOQ's code generator org.jooq:jooq-codegen:jar:3.19.22 against the shadow database")
assert log.contains('Tests run: 1, Failures: 0, Errors: 0')
// jOOQ's own log goes through Maven's, not past it in java.util.logging's format
assert log.contains('[INFO] jOOQ: Database parameters')
// (the sample project's own test then logs through jOOQ as it likes)
assert !log.substring(0, log.indexOf('T E S T S')).contains('org.jooq.tools.JooqLogger')
assert !log.contains('BUILD FAILURE')

def generated = new File(basedir, 'target/generated-sources/schema/it/library/db')
// the entities, next to jOOQ's classes
assert new File(generated, 'Books.java').isFile()
def jooq = new File(generated, 'jooq')
def books = new File(jooq, 'tables/Books.java')
assert books.isFile()
assert new File(jooq, 'enums/Genre.java').text.contains('enum Genre implements EnumType')
// the domain as PostgreSQL has it, not flattened to text: jOOQ's Domains class and the column's type
assert new File(jooq, 'Domains.java').text.contains('"isbn"')
assert books.text.contains('Domains.ISBN')
assert books.text =~ /ForeignKey<BooksRecord, AuthorsRecord>/ || new File(jooq, 'Keys.java').text.contains('BOOKS__')
