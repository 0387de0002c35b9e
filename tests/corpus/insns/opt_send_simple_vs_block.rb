x = [1, 2]
p x.sum
p x.sum { |v| v * 2 }
