r = [1, 2, 3].each do |x|
  break x * 10 if x == 2
end
p r
