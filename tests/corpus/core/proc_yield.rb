def twice
  yield 1
  yield 2, 3
end
twice { |a, b| p [a, b] }
twice { |*a| p a }
twice { |a| p a }
def pass_through(&b) = [10, 20].map(&b)
p pass_through { _1 / 10 }
def yield_arr = yield([1, 2])
p yield_arr { |a, b| b }, yield_arr { |a| a }, (yield_arr do |a, | a end)
def ret_block_value = yield(3) * 2
p ret_block_value { _1 + 1 }
p (lambda { |a, b| [a, b] }.call(*[1, 2]))
