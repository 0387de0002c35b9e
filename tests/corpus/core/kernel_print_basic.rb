print "a", "b", "c"
print "\n"
print 1, 2, nil, :x, "\n"
print [1, 2], "\n"
print({a: 1}, "\n")
r = print("")
p r
print "no newline at end"
