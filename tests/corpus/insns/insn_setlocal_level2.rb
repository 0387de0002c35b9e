count = 0
[1, 2].each do |i|
  [3].each do |j|
    [4].each { |k| count = i + j + k }
  end
end
p count
