require "stringio"
io = StringIO.new("alpha\nbeta\n\ngamma")
p io.gets, io.lineno, io.gets(chomp: true), io.read(3), io.pos, io.eof?, io.readlines
io.rewind
p io.each_line.to_a.size, io.gets, io.getc
p((io.readline rescue $!.class))
out = StringIO.new
out.write("a", 1, :b)
out.printf("%03d|", 7)
out << 2.5 << nil
out.puts [1, [2, [nil]]]
out.print "x", "y"
p out.string, out.pos, out.string.length
$stdin = StringIO.new("one\ntwo\n")
p gets, $_, gets.chomp, gets
$stdin = STDIN
w = StringIO.new(+"hello world")
w.write("HE")
p w.string, w.read, StringIO.new("q").closed?
sio = StringIO.new("x\ny")
sio.close
p((sio.gets rescue $!.message), File.basename("/a/b/c.tar.gz", ".gz"), File.extname("x/.bashrc"), File.dirname("/a/b/"), File.join("a", "b/", "/c"))
p File.exist?(__FILE__), File.readlines(__FILE__, chomp: true).first, File.open(__FILE__) { |f| [f.gets.size, f.lineno] }
