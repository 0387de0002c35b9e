# Blocks yielded to from hot loops (run inline in the yielding path once hot): outer
# locals, guards failing mid-block, errors, other blocks at the same yield, lambdas
sum = 0
100.times { |i| sum += i }
p sum
f = 0
40.times { |i| f += (i == 30 ? 0.5 : i) }          # Integer + Float in the block: deopt
p f
r = []
begin
  50.times do |i|
    r << i * 2
    r << (i == 45 ? nil + 1 : i)
  end
rescue NoMethodError => e
  p e.message, e.backtrace.map { _1[/in `.*'/] }, r.size
end
# the same yield (Integer#times) meeting many blocks, one after another
acc = []
[1, 2, 3, 4, 5, 6, 7].each do |m|
  s = 0
  200.times { |i| s += i * m }
  acc << s
  t = 0
  150.times { |i| t -= i }
  acc << t
end
p acc
# a method of ours yielding in a loop, given a lambda (arity kept), a proc, a block using self
class Walker
  def initialize = (@seen = 0)
  attr_reader :seen
  def walk(n)
    i = 0
    while i < n
      yield i, i + 1
      i += 1
    end
    :done
  end
  def count_self(n) = walk(n) { |a, b| @seen += a + b }
end
w = Walker.new
p w.walk(20) { |a, b| sum += a * b }, sum
lam = ->(a, b) { sum -= a + b }
p w.walk(20, &lam), sum
pr = proc { |a| sum += a }                          # one parameter, two values: the first
p w.walk(20, &pr), sum
p w.count_self(30), w.seen
begin
  w.walk(10, &->(a) { a })                          # a lambda of one: ArgumentError
rescue ArgumentError => e
  p e.message
end
# constants seen from the block, and a constant redefined while the loop is hot
BASE = 10
vals = []
60.times do |i|
  if i == 40
    Object.send(:remove_const, :BASE)
    BASE = 1000
  end
  vals << BASE + i
end
p vals.values_at(0, 39, 40, 59)
# next and break in the block
odd = 0
30.times { |i| next if i.even?; odd += i }
p odd
x = 100.times { |i| break i * 7 if i == 33 }
p x
# TracePoint enabled while the yielding loop is hot
ev = []
tp = TracePoint.new(:b_call, :b_return) { |t| ev << t.event }
q = 0
20.times do |i|
  tp.enable if i == 17
  q += i
end
tp.disable
p q, ev.size, ev.uniq
# lambdas and procs called from a hot loop (Proc#call runs the block inline)
tot = 0
add = ->(v) { tot += v }
i = 0
while i < 300
  add = ->(v) { tot -= v * 2 } if i == 150          # another lambda: compiled anew
  add.(i == 100 ? 0.25 : i)                         # a Float: deopt inside the lambda
  i += 1
end
p tot
sq = proc { |a, b| (a || 0) * (b || 1) }            # a proc: arity is loose
i = 0
res = []
while i < 20
  res << sq.call(i) << sq.(i, 2) << sq[i, 3, 4]
  i += 1
end
p res.sum
strict = ->(a) { a + 1 }
i = 0
while i < 12
  begin
    res << (i == 10 ? strict.call(1, 2) : strict.call(i))
  rescue ArgumentError => e
    res << e.message << e.backtrace.size
  end
  i += 1
end
p res.last(5)
