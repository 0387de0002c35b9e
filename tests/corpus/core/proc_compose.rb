f = ->(x) { x + 1 }
g = ->(x) { x * 2 }
p (f >> g).call(3), (f << g).call(3), (f >> g >> f).(1), (g << f << g).(1)
h = method(:Integer) >> f
p h.call("41"), (f >> :to_s.to_proc).call(1), (f << ->(s) { s.size }).call("abc")
up = :upcase.to_proc >> :reverse.to_proc
p up.call("abc"), (f >> g).lambda?, (proc { |x| x } >> f).lambda?
m = 5.method(:+) >> 10.method(:*)
p m.call(1), m.class
