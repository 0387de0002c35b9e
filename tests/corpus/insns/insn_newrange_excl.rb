n = 5
p (0...n).sum
