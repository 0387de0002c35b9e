k = "mutable"
h = {k => 1}
p h.keys.first.frozen?, k.frozen?, h.keys.first.equal?(k)
k << "!"
p h, h["mutable"], h[k]
fk = "frozen".freeze
h2 = {fk => 2}
p h2.keys.first.equal?(fk)
