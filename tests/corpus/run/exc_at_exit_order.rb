at_exit { puts "registered first, runs last" }
at_exit do
  puts "registered second"
  at_exit { puts "nested at_exit" }
end
at_exit { puts "registered third, runs first" }
puts "main done"
