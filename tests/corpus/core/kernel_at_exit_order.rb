at_exit { puts "first registered" }
at_exit { puts "second registered" }
at_exit do
  at_exit { puts "nested" }
  puts "third registered"
end
puts "main done"
