at_exit { puts "at_exit ran" }
puts "before"
abort "fatal: stopping"
puts "never"
