$stdout.puts "x"
$stderr.sync = true
$LOAD_PATH << "."
$-w
