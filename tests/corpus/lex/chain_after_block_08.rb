list.map do |x|
  x * 2
end.select { |y| y > 1 }
  .sum
