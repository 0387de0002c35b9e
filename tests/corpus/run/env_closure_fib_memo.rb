fib = nil
memo = {}
fib = lambda do |n|
  memo[n] ||= n < 2 ? n : fib.(n - 1) + fib.(n - 2)
end
p fib.(40)
p memo.size
p fib.(80)
