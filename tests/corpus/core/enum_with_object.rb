r = [1, 2, 3].each_with_object([]) { |x, acc| acc << x * 2 }
p r
r = %w[apple avocado banana].each_with_object(Hash.new(0)) { |w, h| h[w[0]] += 1 }
p r
r = (1..3).each_with_object({}) { |i, h| h[i] = i.to_s * i }
p r
r = {a: 1, b: 2}.each_with_object([]) { |(k, v), a| a << "#{k}=#{v}" }
p r
p [].each_with_object(:memo) { }
