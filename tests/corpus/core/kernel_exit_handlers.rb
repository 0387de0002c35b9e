at_exit { puts "first registered, runs last" }
at_exit do
  puts "second registered"
  p $!.class
end
def where = __method__
p where, sleep(0), Integer("0x1A", exception: false), Float("1e2"), format("%<a>s-%{b}", a: 1, b: 2)
srand(3)
a = [rand(10), rand(1.0).round(6), rand(2..4)]
srand(3)
p a == [rand(10), rand(1.0).round(6), rand(2..4)], Random.new(3).rand(10) == a[0]
$stdout.print "no newline", "\n"
warn "to stderr"
exit 3
