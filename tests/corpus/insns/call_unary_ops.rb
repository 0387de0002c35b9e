a = 5
p -a, +a, ~a, !a
