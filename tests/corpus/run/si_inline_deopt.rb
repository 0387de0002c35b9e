# Small methods called from hot loops (run inline in the caller's compiled path once hot):
# every way their fast path can fail mid-method must leave the state the plain run has
class V
  attr_reader :a
  def initialize(a) = (@a = a)
  def plus(o) = V.new(a + o.a)
  def tag(x) = (@t = x; @a)
  def mix(o)
    s = a
    s = s * 2
    s + o.a
  end
  def kname = Kn
end
Kn = :first
v = V.new(1)
w = V.new(2)
r = []
i = 0
while i < 24
  case i
  when 8 then w = V.new(2.5)                     # Integer + Float: the operator deopts
  when 12 then w = V.new("s")                    # Integer + String raises inside plus
  when 16
    w = V.new(3)
    class V; def a = @a * 10; end                # the attr_reader redefined
  when 20 then v.freeze                          # tag's @t = on a frozen self
  end
  begin
    r << v.plus(w).a << v.tag(i) << v.mix(w)
  rescue => e
    r << [e.class, e.message.sub(/0x\h+/, "X"), e.backtrace[0][/in `.*'/], e.backtrace.size]
  end
  i += 1
end
p r
# a constant redefined: the inlined method's constant cache misses
i = 0
names = []
while i < 10
  Object.send(:remove_const, :Kn) if i == 5
  Kn = :second if i == 5
  names << v.kname
  i += 1
end
p names
# inlined into a method of Integer: self is not an RBasic
class Integer
  def twice = self + self
  def ivget = @nothing
end
i = 0
s = 0
while i < 10
  s += i.twice
  s += 1 if i.ivget.nil?
  i += 1
end
p s
# a method whose guard fails at its last instruction, then raises in a deeper call
class Q
  def initialize(n) = (@n = n)
  attr_reader :n
  def half = n / 2
  def chain(o) = Q.new(half + o.half)
end
q = Q.new(8)
out = []
i = 0
while i < 12
  q = Q.new(8.0) if i == 6
  q = Q.new(nil) if i == 9
  begin
    out << q.chain(Q.new(4)).n
  rescue NoMethodError => e
    out << [e.message, e.backtrace.map { _1[/in `.*'/] }]
  end
  i += 1
end
p out
# locals of the inlined method seen by a binding made after the deopt
class B
  def initialize(k) = (@k = k)
  def loc(x)
    y = x + 1
    z = y * @k
    z.to_s
  end
end
b = B.new(3)
i = 0
acc = []
while i < 8
  acc << b.loc(i == 6 ? 1.5 : i)
  i += 1
end
p acc
# recursion depth: an inlined call where no frame is left
def deep(n) = n == 0 ? 0 : 1 + deep(n - 1)
class D
  def initialize(x) = (@x = x)
  def inc = D.new(@x + 1)
  attr_reader :x
end
def nest(n, d)
  i = 0
  while i < 5
    d = d.inc
    i += 1
  end
  n == 0 ? d.x : nest(n - 1, d)
end
p nest(300, D.new(0))
begin
  def dive(d) = dive(d.inc)
  dive(D.new(0))
rescue SystemStackError => e
  p e.class
end
# TracePoint turned on after the loop went hot sees the calls
class T
  def initialize(v) = (@v = v)
  def nx = T.new(@v + 1)
  attr_reader :v
end
t = T.new(0)
i = 0
calls = []
tp = TracePoint.new(:call, :c_call) { |x| calls << x.method_id }
while i < 12
  tp.enable if i == 10
  t = t.nx
  i += 1
end
tp.disable
p t.v, calls
