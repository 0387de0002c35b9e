$, = nil
print "a", "b", "\n"
$\ = "!\n"
print "with ors"
print "x", "y"
$\ = nil
print "done\n"
