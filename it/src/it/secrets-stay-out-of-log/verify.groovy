def log = new File(basedir, 'build.log').text

assert log.contains('Cannot connect to the target database')
assert log.contains('password=****')
assert !log.contains('UrlSecret42')
assert !log.contains('ParamSecret42')
