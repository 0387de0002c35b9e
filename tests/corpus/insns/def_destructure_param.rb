def pairsum((a, b), c) = a + b + c
p pairsum([1, 2], 3)
