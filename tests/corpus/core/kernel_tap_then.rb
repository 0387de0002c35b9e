r = [1, 2, 3].tap { |a| p a.size }
p r
r = 5.then { |x| x * 2 }
p r
r = 5.yield_self { |x| x + 1 }
p r
p [3, 1, 2].tap(&:sort!).map { |x| x * 2 }
p 10.then.class
v = "hello".tap { |s| s.upcase }
p v
