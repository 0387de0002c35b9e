puts "a", "b"
print 1
