h = {a: 1, b: 2, c: 3}
h.each { |k, v| print k, "=", v, " " }
puts
h.each_pair { |pair| p pair } rescue p $!
h.each_pair { |k, v| p [k, v] }
h.each_key { |k| print k }
h.each_value { |v| print v }
puts
h.each_with_index { |(k, v), i| print i, k, v }
puts
p h.map { |k, v| "#{k}#{v}" }, h.each.next, h.each_key.to_a, h.each_value.map { _1 * 2 }
