a = nil
p a&.length, a&.foo&.bar, "x"&.length, a.to_a.size, (a || "default"), (a && a.size), a.to_s + "s"
h = {k: nil}
p h[:k]&.upcase, h.dig(:k), h.fetch(:k, 1), h[:missing].nil?
x = nil
x ||= 5
x &&= x + 1
p x
