S = Struct.new(:a, :b, :c)
s = S.new(1, "two", :three)
s.each { |v| p v }
s.each_pair { |k, v| p [k, v] }
p s.map { _1.to_s }, s.select { _1.is_a?(String) }, s.to_a.reverse, s.each.class, s.values_at(0, 2), s.filter_map { _1 if _1 != 1 }
p s.dig(:b), S.new([1, [2]]).dig(:a, 1, 0)
a, b, c = *s
p a, b, c
