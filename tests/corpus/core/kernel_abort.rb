at_exit { puts "cleanup" }
puts "about to abort"
$stdout.flush
abort "fatal problem"
