add3 = ->(a, b, c) { a + b + c }
c = add3.curry
p c[1][2][3], c.(1, 2).(3), c.(1).(2, 3), c.arity, c[1].arity rescue p $!
mult = proc { |a, b| a * b }.curry
p mult[2][5], mult.lambda?
vararg = ->(*a) { a.sum }.curry(3)
p vararg[1][2][3]
begin
  add3.curry(2)
rescue ArgumentError => e
  p e.message
end
double = 2.method(:*).to_proc
p double.call(21), [1, 2].map(&2.method(:+)), :upcase.to_proc.curry.lambda?
