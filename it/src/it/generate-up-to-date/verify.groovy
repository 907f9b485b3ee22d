def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def loads = lines.findIndexValues { it.contains('[INFO] Loading ') }
def upToDate = lines.findIndexValues { it.contains('[INFO] Generated sources are up to date') }
def generated = lines.findIndexValues { it.contains('[INFO] Generated sources in ') }

// Runs 1, 3 and 4 load the schema into PostgreSQL and write; run 2, between 1 and 3, only says up to date.
assert loads.size() == 3
assert generated.size() == 3
assert upToDate.size() == 1
assert generated[0] < upToDate[0] && upToDate[0] < loads[1]

// Run 3 moved the classes to the new package (the old ones deleted); run 4 rewrote nothing.
assert lines[generated[1]] =~ /written, 0 unchanged, [1-9]\d* deleted/
assert lines[generated[2]] =~ /0 written, [1-9]\d* unchanged, 0 deleted/
def out = new File(basedir, 'target/generated-sources/schema')
assert new File(out, 'other/Books.java').isFile()
assert !new File(out, 'generated/Books.java').exists()
// the inputs' hash, then that of the schema files' names, sizes and times (settled by run 4) with the same settings
def state = new File(basedir, 'target/schema/generate.sha256').readLines()
assert state.size() == 2
assert state[0] ==~ /[0-9a-f]{64}/
assert state[1] ==~ /attributes [0-9a-f]{64}/
assert !log.contains('BUILD FAILURE')
