counts = {}
%w[a b a].each { |w| counts[w] = (counts[w] || 0) + 1 }
p counts
counts["c"] += 1
