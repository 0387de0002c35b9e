def make_adder(n)
  ->(x) { x + n }
end

def make_multiplier(n)
  proc { |x| x * n }
end

add5 = make_adder(5)
times3 = make_multiplier(3)
p add5.call(1)
p times3.call(4)
p [1, 2, 3].map(&add5).map(&times3)
