fib = Enumerator.new do |y|
  a, b = 0, 1
  loop do
    y << a
    a, b = b, a + b
  end
end
p fib.take(10)
p fib.first(5)
p fib.lazy.select(&:odd?).first(5)
p fib.each_with_index.first(3)
p fib.next, fib.next, fib.next
p fib.size
sq = Enumerator.new(3) { |y| 3.times { |i| y.yield i * i } }
p sq.to_a, sq.size
