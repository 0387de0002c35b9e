a = [1, 2, 3, 4]
p a.reduce(:+), a.inject(:*), a.reduce(10, :+), a.inject(100) { |s, x| s - x }
p a.reduce { |s, x| s * 10 + x }
p [].reduce(:+), [].inject(5, :+), [7].reduce(:+)
p (1..100).reduce(:+), (1..20).inject(:*)
p %w[a bb ccc].inject { |m, s| m.size > s.size ? m : s }
p({a: 1, b: 2}.reduce(0) { |s, (k, v)| s + v })
p [[1, 2], [3, 4]].inject(:+)
p ["x", "y"].inject("z", :+)
