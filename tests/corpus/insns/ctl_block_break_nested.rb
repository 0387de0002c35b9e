r = [1, 2].each do |a|
  [3, 4].each do |b|
    break if b == 4
    p [a, b]
  end
end
p r
