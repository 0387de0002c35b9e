def gen
  yield 1, 2
  yield [3, 4]
  yield [5, 6], 7
end

gen { |a, b| p [a, b] }
gen { |a| p a }
gen { |*a| p a }
def one = yield([1, 2])
p(one { |a, | a })
