lo = 1
hi = 4
p (lo..hi).to_a
