a.b, c[0] = 1, 2
self.x, self.y = y, x
