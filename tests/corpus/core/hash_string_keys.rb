h = {"one" => 1, "two" => 2}
k = "three"
h[k] = 3
k << "!"
p h, h["three"], h.keys.map(&:frozen?)
h2 = {"x" => 1, :x => 2, 'x'.to_sym => 3}
p h2, h2.size
p h.to_a.transpose, h.min_by { |k, v| k.size }, h.sum { |k, v| k.size * v }
