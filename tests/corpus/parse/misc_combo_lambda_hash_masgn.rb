ops = {add: ->(a, b) { a + b }, sub: ->(a, b) { a - b }}
name, (x, y) = :add, [1, 2]
p ops[name].(x, y)
