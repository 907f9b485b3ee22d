// Deletes the embedded target database of one sample build from Schemata's cache (located as
// EmbeddedPostgres locates it), so that repeated IT runs do not pile up data directories.
// Evaluated from a verify.groovy, whose binding provides `basedir`.
def name = (new File(basedir, 'pom.xml').text =~ /embedded:([A-Za-z0-9._-]+)/)[0][1]
def configured = System.getProperty('schemata.cache') ?: System.getenv('SCHEMATA_CACHE')
def root = configured ? new File(configured)
        : System.getProperty('user.name') == 'root' ? new File(System.getProperty('java.io.tmpdir'), 'schemata-cache-root')
        : new File(System.getProperty('user.home'), '.cache/schemata')
new File(root, 'databases').listFiles()?.findAll { it.name ==~ /\d+-\Q${name}\E/ }*.deleteDir()
