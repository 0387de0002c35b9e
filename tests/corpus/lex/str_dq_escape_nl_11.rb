puts "one\
two"
puts "a\nb"
