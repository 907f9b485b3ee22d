def log = new File(basedir, 'build.log').text

// Invocation 1: decrypted without problems, used with the server's user, the password never shown.
assert log.contains('Target: jdbc:postgresql://127.0.0.1:1/shop as it_user')
assert log.contains('Cannot connect to the target database jdbc:postgresql://127.0.0.1:1/shop as it_user')
assert !log.contains('Cannot decrypt')
assert !log.contains('ItServerSecret42')

// Invocation 2
assert log.contains("schema.serverId is 'no-such-server' but settings.xml has no <server> with that <id>")
