def y1 = yield(1, k: 2)
def y2 = yield({ k: 3 })

y1 { |a, k:| p [a, k] }
y1 { |a, **o| p [a, o] }
y1 { |*a| p a }
y2 { |k: 0| p k }
y2 { |a| p a }
l = ->(a, b: 5) { [a, b] }
p l.call(1)
p l.call(1, b: 6)
