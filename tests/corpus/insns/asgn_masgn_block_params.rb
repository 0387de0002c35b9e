[[1, [2, 3]]].each do |a, (b, *c)|
  p [a, b, c]
end
