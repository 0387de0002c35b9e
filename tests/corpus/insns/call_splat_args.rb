def f(a, b, c) = [a, b, c]
arr = [1, 2]
p f(*arr, 3)
