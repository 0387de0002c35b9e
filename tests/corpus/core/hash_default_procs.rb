# Default values and procs, with hashes that grow past the ar_table
fib = Hash.new { |h, n| h[n] = n < 2 ? n : h[n - 1] + h[n - 2] }
p fib[40], fib.size, fib.keys.first(5)
counts = Hash.new(0)
"the quick brown fox jumps over the lazy dog".each_char { |c| counts[c] += 1 }
p counts.size, counts.sort_by { |k, v| [-v, k] }.first(4)
d = Hash.new { |h, k| k * 2 }
p d[3], d.size, d.fetch(3, :none)
nested = Hash.new { |h, k| h[k] = Hash.new(0) }
20.times { |i| nested[i % 3][i] += i }
p nested.keys, nested[1].size, nested[2].values.sum
p Hash.new(5).shift, Hash.new { |h, k| [:default, k] }.shift, {}.shift
h = Hash.new(:dflt)
h[:a] = 1
p h.shift, h.shift, h
h.default_proc = proc { |hh, k| k.to_s }
p h[:zz], h.default
