a = [1, 2, 2, 3, 4]
b = [2, 3, 5]
p a & b, a | b, a - b, a + b, b - a, a * 2, a * ",", [1, [2]] * "-"
p a.union(b, [9]), a.intersection(b, [3]), a.difference(b, [1]), a.intersect?(b), a.intersect?([9]) rescue p $!.class
p [1, 1] | [1], [] & [1], [nil] - [nil], [[1]] & [[1]], [1.0] & [1]
