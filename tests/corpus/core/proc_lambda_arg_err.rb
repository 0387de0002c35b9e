l = ->(a, b) { a + b }
p l.call(1, 2)
p l.call(1)
