# Methods with branches called from hot code run inline with the caller's rest copied into
# each arm; past a branch, whatever needs the frame materialises it there
def fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)
p fib(22)
def ack(m, n)
  if m == 0
    n + 1
  elsif n == 0
    ack(m - 1, 1)
  else
    ack(m - 1, ack(m, n - 1))
  end
end
p ack(2, 3)
def ev?(n) = n == 0 ? true : od?(n - 1)
def od?(n) = n == 0 ? false : ev?(n - 1)
p (0..30).map { |i| ev?(i) }.count(true)
# an arm that prints, one that raises, one that asks for the frames
def kind(x)
  if x
    if x < 0
      raise ArgumentError, "negative #{x}"
    elsif x > 100
      caller(0, 2).map { _1[/in `.*'/] }
    else
      x * 2
    end
  else
    puts "nil seen"
    :none
  end
end
out = []
i = -3
while i < 12
  v = i == 5 ? nil : (i == 9 ? 500 : i)
  begin
    out << kind(v)
  rescue ArgumentError => e
    out << [e.message, e.backtrace.map { _1[/in `.*'/] }]
  end
  i += 1
end
p out
# a branch on a value that is sometimes a Float: the guard fails inside an arm
def half_or_zero(x) = x > 10 ? x / 2 : 0
acc = 0
i = 0
while i < 30
  acc += half_or_zero(i == 20 ? 21.0 : i)
  i += 1
end
p acc
# &. (branchnil) and the locals a binding sees after the frame was made
class Box
  def initialize(v) = (@v = v)
  attr_reader :v
end
def peek(b)
  w = b&.v
  if w == 7
    binding.local_variables
  else
    w
  end
end
res = []
i = 0
while i < 10
  res << peek(i == 3 ? nil : Box.new(i))
  i += 1
end
p res
# redefining an operator the inlined arms use
def tri(n) = n <= 0 ? 0 : n + tri(n - 1)
p tri(30)
class Integer
  alias_method :old_plus, :+
  def +(o) = old_plus(o).old_plus(1)
end
p tri(30)
class Integer
  alias_method :+, :old_plus
end
p tri(30)
# deep recursion through inlined calls still ends in SystemStackError
def down(n) = n == 0 ? 0 : down(n - 1) + 1
p down(5000)
def forever(n) = n < 0 ? 0 : forever(n + 1) + 1
begin
  forever(0)
rescue SystemStackError => e
  p e.class
end
