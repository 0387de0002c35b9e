groups = Hash.new { |h, k| h[k] = [] }
%w[apple avocado banana blueberry cherry].each { |w| groups[w[0]] << w }
p groups, groups.keys
fib = Hash.new { |h, n| h[n] = n < 2 ? n : h[n - 1] + h[n - 2] }
p fib[80], fib.size
h = Hash.new(5)
h.default_proc = proc { |_, k| k.to_s }
p h[:x], h.default
h.default = 0
p h[:y], h.default_proc
p Hash.new(3).to_a, Hash.new(3).fetch(:a, :f)
