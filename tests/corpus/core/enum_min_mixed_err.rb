p ["b", "a"].min, [2.5, 1].min
p [3, 1, 2].min
p [3, "a", 2].min
