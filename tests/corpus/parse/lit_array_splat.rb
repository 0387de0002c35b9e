a = [*x]
b = [1, *rest, 2]
c = [*a, *b]
