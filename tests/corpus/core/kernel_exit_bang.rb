at_exit { puts "not printed" }
puts "start"
$stdout.flush
exit! 4
