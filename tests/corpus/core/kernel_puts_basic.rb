puts "hello"
puts 1, 2.5, :sym
puts nil
puts [nil]
puts []
puts [1, [2, [3, nil]]]
puts
puts "line\n"
puts "a\n\n"
puts "", ""
r = puts("x")
p r
