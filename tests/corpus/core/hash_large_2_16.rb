# The chapter 7 range: a hash of 2**16 pairs, its lookups, deletes and order
h = {}
65536.times { |i| h[i] = i * 2 }
p h.size, h[0], h[65535], h[65536], h[32768]
sum = 0
65536.times { |i| sum += h[i] }
p sum
32768.times { |i| h.delete(i * 2) }
p h.size, h.first, h.keys.last, h[1], h[2]
32768.times { |i| h[i * 2] = :back }
p h.size, h.to_a[32767], h.to_a[32768], h.keys.last
