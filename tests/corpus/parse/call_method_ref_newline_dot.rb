list
  .map { |x| x + 1 }
  .sum
