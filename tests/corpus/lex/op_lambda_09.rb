f = -> { 1 }
g = ->(x) { x * 2 }
h = -> x, y do x + y end
i = ->(a, b = 1, *c, d:, **e, &f) {}
