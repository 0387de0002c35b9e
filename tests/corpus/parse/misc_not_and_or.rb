a = (not b)
c = (d and e)
f = (g or h)
puts "x" if a and not c or f
