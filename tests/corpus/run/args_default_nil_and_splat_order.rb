def f(a, b = nil, *c, d: nil, &e) = [a, b, c, d, e&.call]

p f(1)
p f(1, 2)
p f(1, 2, 3, 4)
p f(1, d: :dd) { :ee }
arr = [1, 2]
p f(*arr, *arr)
p f(*[], 9)
