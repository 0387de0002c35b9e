a = [[1, 2], {k: [3]}, "s"]
b = a.dup
c = Marshal.load(Marshal.dump(a))
b[0] << 99
b[2] << "!"
p a, b, c
p a.equal?(b), a[0].equal?(b[0]), c[0].equal?(a[0])
