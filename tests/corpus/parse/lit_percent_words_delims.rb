a = %w(a b)
b = %w{c d}
c = %w<e f>
d = %w|g h|
e = %w[]
