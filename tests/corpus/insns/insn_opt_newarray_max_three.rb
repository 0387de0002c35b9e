x, y, z = 4, 8, 1
p [x, y, z, 2].max
