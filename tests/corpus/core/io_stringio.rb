require "stringio"
io = StringIO.new
io.puts "line1", 2
io.print "a", "b"
io << "c\n"
io.printf("%d\n", 7)
p io.string
r = StringIO.new("x\ny\nz")
p r.gets, r.read, r.eof?, r.gets
p StringIO.new("a\nb").each_line.map(&:chomp), StringIO.new("q").readlines
