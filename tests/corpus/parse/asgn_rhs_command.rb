x = foo 1
y = puts "a", "b"
