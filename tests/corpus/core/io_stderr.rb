$stderr.puts "to stderr"
warn "warned"
warn "multi", "args"
STDERR.print "printed to stderr\n"
puts "to stdout"
warn
p warn("x").nil?
