$stdout.puts "puts"
$stdout.print "print\n"
$stdout.write("write", 1, "\n")
STDOUT << "shovel" << "\n"
p $stdout.write("abc\n"), $stdout.sync.class, $stdout == STDOUT, $stdout.fileno, $stderr.fileno, $stdin.fileno
$stdout.printf("%05.1f\n", 3.14159)
$stdout.flush
