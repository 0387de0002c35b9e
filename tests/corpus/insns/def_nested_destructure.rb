def deep((a, (b, c)), *) = [a, b, c]
p deep([1, [2, 3]], 9)
