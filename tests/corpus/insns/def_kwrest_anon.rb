def pass(**) = 1
p pass(a: 1)
