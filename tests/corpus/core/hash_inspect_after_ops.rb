# inspect, to_s and pp show the live pairs in table order
h = {b: 1, a: 2}
h.delete(:b)
h[:c] = 3
h[:b] = 4
p h
puts h.to_s
pp h
big = (1..10).to_h { [_1, _1.to_s] }
big.delete(1)
big.delete(5)
p big
pp big
require "json"
puts big.to_json
p big.to_a.inspect == big.map { |k, v| [k, v] }.inspect
