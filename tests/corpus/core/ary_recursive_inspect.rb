a = [1]
a << a
p a
puts a.to_s
p a.flatten rescue p $!.message
b = [1, [2]]
b[1] << b
p b
h = {k: []}
h[:k] << h
p h
p a == a, a.size, a[1].equal?(a)
c = []
c << c << c
p c, c.hash == c.hash
