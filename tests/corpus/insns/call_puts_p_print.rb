print "a", "b\n"
puts [1, [2]]
p
