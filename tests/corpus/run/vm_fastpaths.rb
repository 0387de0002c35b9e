# The VM's fast paths (call cache, block frames, unified instructions) keep Ruby's semantics.
def fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)
p fib(15)

i = 0
s = 0
while i < 100
  s += i
  i += 1
end
p [i, s]

# operands that are not Integers take the method call
x = 1.5
p x < 2, x + 1, x - 2, x >= 1.5, 2**64 + 1 > 2**64
s = "a"
s += "b"
p s
begin
  n = nil
  while n < 3
    n += 1
  end
rescue NoMethodError => e
  p e.message, e.backtrace_locations[0].lineno
end

# blocks: auto-splat, missing and extra arguments
def y1 = yield([1, 2])
def y2 = yield(1, 2, 3)
def y0 = yield
p y1 { |a| a }, y1 { |a,| a }, y1 { |a, b| [a, b] }
p y2 { |a, b| [a, b] }, y0 { |a| a }, y2 { |a, b, c, d| [a, b, c, d] }
sum = 0
10.times { |k| sum += k }
p sum
add = ->(k) { sum += k }
add.(5)
add.call(5)
p sum
pr = proc { |a, b| [a, b] }
p pr.call([3, 4]), pr.(3), pr.call(1, 2, 3)
begin
  ->(a, b) { a }.(1)
rescue ArgumentError => e
  p e.message
end

# methods: arity errors, visibility, attr_reader, method_missing
class Pt
  attr_reader :x
  def initialize(x) = @x = x
  def +(o) = Pt.new(x + o.x)
  def <(o) = x < o.x
  private def secret = 1
  private attr_reader :hidden
end
class Ghost
  def method_missing(name, *args) = [name, args]
  def respond_to_missing?(*) = true
end
a = Pt.new(1)
b = Pt.new(2)
p((a + b).x, a < b, Ghost.new.nope(1))
[-> { a.secret }, -> { a.hidden }].each do |l|
  l.call
rescue NoMethodError => e
  p e.message[0, 24]
end
def two(a, b) = a + b
begin
  two(1)
rescue ArgumentError => e
  p e.message
end

# deep recursion, and unbounded recursion
def deep(n) = n == 0 ? 0 : 1 + deep(n - 1)
p deep(5_000)
def inf(n) = inf(n + 1)
begin
  inf(0)
rescue SystemStackError => e
  p e.class
end

# tracing sees every instruction of a loop that already ran unified
def count_to(n)
  i = 0
  while i < n
    i += 1
  end
  i
end
p count_to(3)
lines = []
tp = TracePoint.new(:line) { |t| lines << t.lineno if t.path == __FILE__ }
tp.enable
count_to(2)
tp.disable
p lines, count_to(4)

# redefining Integer's operators after the fast paths ran
class Integer
  alias_method :old_plus, :+
  def +(o) = old_plus(o).old_plus(100)
end
p count_to(5), 1 + 1
class Integer
  def <(o) = false
end
p count_to(5), 3 < 4
