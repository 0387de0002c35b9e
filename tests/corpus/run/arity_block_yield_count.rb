def yield_one = yield(1)
def yield_three = yield(1, 2, 3)
def yield_arr = yield([1, 2])

yield_one { |a, b| p [a, b] }
yield_three { |a| p a }
yield_arr { |a, b| p [a, b] }
yield_arr { |a| p a }
yield_three { |*a| p a }
yield_one { |a, *b, c| p [a, b, c] }
