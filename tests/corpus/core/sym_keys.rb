h = {a: 1, "f": 2, "b c": 3, :"d" => 4, e?: 5}
p h, h.keys.map(&:class).uniq, h[:"b c"]
def kw(a:, b: 2) = [a, b]
p kw(a: 1), kw(b: 3, a: 4), kw(**{a: 5})
