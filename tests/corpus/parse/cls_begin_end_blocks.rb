BEGIN { puts "start" }
puts "middle"
END { puts "finish" }
