def greet(name)
  puts "hello #{name}"

greet("world")
