pr = proc { |a, b = 2, *c, d:, e: 5, **f, &g| [a, b, c, d, e, f] }
p pr.call(1, d: 4)
