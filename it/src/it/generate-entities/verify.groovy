def generated = new File(basedir, 'target/generated-sources/schema/it/library/db')
def books = new File(generated, 'Books.java')
assert books.isFile()
assert new File(generated, 'Genre.java').isFile()
assert books.text.contains('record Books')
assert books.text.contains('@Entity') || books.text.contains('jakarta.persistence')

assert new File(basedir, 'target/classes/it/library/Shelf.class').isFile()
assert new File(basedir, 'target/classes/it/library/db/Books.class').isFile()

def log = new File(basedir, 'build.log').text
assert log.contains('Skipped: schema.skip is true')
assert !log.contains('BUILD FAILURE')
