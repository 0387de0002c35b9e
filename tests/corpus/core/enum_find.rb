a = [3, 8, 5, 10, 7]
p a.find(&:even?), a.detect { |x| x > 100 }, a.find_index(5), a.find_index(&:even?)
p a.find_index(99), [].find { true }
p (1..Float::INFINITY).find { |x| x * x > 50 }
p({a: 1, b: 2}.find { |k, v| v == 2 })
p a.find(-> { :none }) { |x| x > 100 }
p a.index { |x| x > 5 }, a.rindex { |x| x > 5 }
p %w[a b c].find_index("c")
