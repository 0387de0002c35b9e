p [1, 2].max
