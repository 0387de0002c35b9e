r = [1, 2, 3].map do |x|
  next 0 if x == 2
  x
end
p r
