def vol(l, w, h) = l * w * h
c = method(:vol).curry
p c[2][3][4]
p c.(2, 3).(5)
def opt(a, b = 2) = a * b
p method(:opt).curry[7]
p method(:opt).curry(2)[7][3]
