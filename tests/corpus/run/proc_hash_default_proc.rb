fibs = Hash.new { |h, n| h[n] = n < 2 ? n : h[n - 1] + h[n - 2] }
p fibs[30]
counts = Hash.new(0)
"mississippi".each_char { |c| counts[c] += 1 }
p counts.sort.to_h
nested = Hash.new { |h, k| h[k] = Hash.new(0) }
nested[:a][:b] += 2
p nested
p nested.default_proc.arity
