p [1, 2, 3].map { _1 * 10 }
p [[1, 2], [3, 4]].map { _1 + _2 }
p [[1, 2]].map { _1 }
pr = proc { _1 }
p pr.arity
l = -> { _1 + _2 }
p l.arity
p l.lambda?
p l.call(3, 4)
