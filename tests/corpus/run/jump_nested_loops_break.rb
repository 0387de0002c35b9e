result = []
(1..3).each do |i|
  (1..3).each do |j|
    next if j == 2
    break if j == 3
    result << [i, j]
  end
  break if i == 2
end
p result
found = catch(:found) do
  (1..3).each { |i| (1..3).each { |j| throw :found, [i, j] if i * j == 6 } }
  nil
end
p found
