puts "x"
puts'y'
puts`z`
p:a
p :a
