a = %w(one two three)
b = %w[a b c]
c = %w{x y}
d = %w<p q>
e = %w|m n|
