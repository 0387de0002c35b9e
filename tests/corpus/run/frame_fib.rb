def fib(n)
  n < 2 ? n : fib(n - 1) + fib(n - 2)
end

puts (0..15).map { |i| fib(i) }.join(" ")
p fib(20)
