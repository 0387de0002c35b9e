p [1, 2].first(1)
[1, 2].first(-1)
