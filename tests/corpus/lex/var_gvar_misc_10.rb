$DEBUG = true
$PROGRAM_NAME
$_foo = 1
$foo_bar1 = $_foo
