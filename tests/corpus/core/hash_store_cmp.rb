h = {}
p h.store("k", 1), h["k"] = 2, h
p (h[:n] ||= 5), h, (h[:n] ||= 6), (h[:n] += 1), h
h2 = Hash.new { |hh, k| "no #{k}" }
p h2[:q], h2.key?(:q), h2.size, h2.fetch(:q, :f), h2.dig(:q)
