a = [1, [2, [3, [4, [5]]]]]
p a.flatten, a.flatten(1), a.flatten(2), a.flatten(0), a.flatten(-1), [].flatten, [[], [[]]].flatten
b = a.dup
p b.flatten!, b.flatten!, [1, 2].flatten!
p [[1, 2], [3, 4]].flatten.sum, [1, [2, nil]].flatten, [{a: 1}, [{b: 2}]].flatten
