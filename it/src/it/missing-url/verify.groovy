def log = new File(basedir, 'build.log').text

assert log.contains('No target database: set schema.url')
assert log.contains('-Dschema.url=jdbc:postgresql://host:5432/db')
assert log.contains('schema.serverId')
assert log.contains('-Dschema.url=embedded:<name>')
assert !new File(basedir, 'target/schema/plan.sql').exists()
