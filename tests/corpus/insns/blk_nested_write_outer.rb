sum = 0
[1, 2].each do |x|
  [3, 4].each do |y|
    [5].each { |z| sum += x * y * z }
  end
end
p sum
