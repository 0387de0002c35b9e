class Counter
  count = 0
  define_method(:increment) { count += 1 }
  define_method(:current) { count }
end
a = Counter.new
b = Counter.new
a.increment
b.increment
b.increment
p a.current
p b.current
