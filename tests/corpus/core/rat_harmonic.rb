h = (1..10).sum { |k| 1r / k }
p h, h.to_f, h.numerator.bit_length
egypt = []
r = 4/13r
while r > 0
  d = (1 / r).ceil
  egypt << 1r / d
  r -= 1r / d
end
p egypt
