$, = "-"
print "a", "b", "c"
print "\n"
puts [1, 2].join
$, = nil
print "a", "b", "\n"
