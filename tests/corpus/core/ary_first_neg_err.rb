p [1, 2].first(0), [1, 2].last(5)
p [1, 2].first(1)
[1, 2].first(-1)
