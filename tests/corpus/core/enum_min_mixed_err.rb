p [3, 1, 2].min
p [3, "a", 2].min
