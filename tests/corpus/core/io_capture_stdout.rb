require "stringio"
old = $stdout
$stdout = StringIO.new
puts "captured"
p [1, 2]
print "x"
out = $stdout.string
$stdout = old
p out
puts "back"
