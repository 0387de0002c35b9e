line = gets
p line
p $stdin.gets, STDIN.read, $stdin.each_line.to_a, ARGV, ARGF.class
p $stdin.eof?
