add3 = ->(a, b, c) { a + b + c }
c = add3.curry
p c[1][2][3]
p c.(1, 2).(3)
p c.(1).(2, 3)
add1 = c[1]
p add1.lambda?
p [10, 20].map(&c[1][1])
pr = proc { |a, b| [a, b] }.curry
p pr[1][2]
vp = proc { |*a| a.sum }.curry(3)
p vp[1][2][3]
