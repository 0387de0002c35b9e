add = ->(a, b, c) { a + b + c }
p add.curry[1][2][3]
