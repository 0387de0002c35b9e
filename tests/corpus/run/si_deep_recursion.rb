# deep and unbounded recursion through compiled call paths
def depth(n) = n == 0 ? 0 : 1 + depth(n - 1)
p depth(5_000)
def forever(n) = forever(n + 1)
begin
  forever(0)
rescue SystemStackError => e
  p e.class, e.message
end
def fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)
p fib(18)
def ack(m, n)
  if m == 0 then n + 1
  elsif n == 0 then ack(m - 1, 1)
  else ack(m - 1, ack(m, n - 1))
  end
end
p ack(2, 3)
