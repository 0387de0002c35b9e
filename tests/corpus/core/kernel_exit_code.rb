at_exit { puts "at_exit ran" }
puts "before exit"
exit 3
puts "never"
