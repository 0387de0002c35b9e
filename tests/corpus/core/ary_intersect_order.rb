a = [3, 1, 2, 3, 1]
b = [1, 3, 5]
p a & b, b & a, a | b, b | a, a - b, a.uniq - b, (a + b).uniq, a.difference(b), a.union, a.intersection
p [[1, 2], [2, 3]].inject(:&), [[1], [2], [1]].uniq, ["a", "A"] & ["a"], [nil, false] | [nil]
