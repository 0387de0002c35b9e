def a = b
def b = caller(0).first(3)
p a
def c = caller_locations(1, 2).map { [_1.lineno, _1.label, _1.path] }
def d = c
p d
def m1 = [1].map { __method__ }
p m1
p catch(:x) { throw :x, 5 }, catch { 1 }
begin
  throw :nope
rescue UncaughtThrowError => e
  p e.message, e.tag, e.value
end
p Integer("  12  "), Integer("1_000"), (Integer("1__0") rescue $!.message), (Integer(nil) rescue $!.message)
p (Integer("09", 8) rescue $!.message), Integer("z", 36), Integer(3.99), (Integer(Float::NAN) rescue $!.class)
p Float("  1.5  "), (Float("1.5e") rescue $!.message), Float(1r/3), (Float("") rescue $!.message)
p String(nil), Array("a\nb"), Array(key: 1), Hash([[1, 2]]) rescue p $!
p 1.frozen?, "x".dup.frozen?, :a.frozen?, nil.dup, 1.dup, 1.clone, (1.clone(freeze: false) rescue $!.message)
o = Object.new
def o.to_s = "custom"
puts o, [o, nil, [nil]]
print "a", "b\n"
p p, p(1, 2)
x = pp({a: 1})
p x
printf("%s-%s\n", 1, 2)
$, = nil
putc "xyz"
putc 65
puts
p rand.class, Random.rand(1.5).class, Random::DEFAULT == Random
p block_given?, binding.local_variable_defined?(:o)
p 10.fdiv(4), 2**-2, 2**0.5, 4**0.5, (-8)**(1.0/3), 0**-1 rescue p $!
p 7.0.floor, 7.9.to_i, -7.9.round, 7.5.round(half: :down), 7.45.round(1), 1e-7.round(7), 1.23456e10.round(-5)
p 100.0.to_s, 1e16.to_s, 1.0e-5.to_s, 123456789012345.6.to_s, -0.0, 2.0**62, 2**62
