y = 1
a = %W(#{y} #{y}#{y} a#{y}b)
b = %I(#{y}x y#{y})
