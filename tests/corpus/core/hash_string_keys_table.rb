# String keys go in as frozen copies; lookups compare contents
s = "key"
h = {s => 1}
s << "!"
p h, h["key"], h.keys[0].frozen?, h.keys[0].equal?(s)
f = "frozen".freeze
h[f] = 2
p h.keys[1].equal?(f)
h["key"] = 10
p h, h.size
b = "abc".b
p({"abc" => 1}[b], {b => 1}["abc"])
u = "é"
p({u => 1}[u.b], {u => 1}[u.dup])
big = {}
200.times { |i| big["s#{i}"] = i }
p big["s150"], big["s200"], big.keys.all?(&:frozen?)
sub = Class.new(String)
k = sub.new("abc")
h = {k => 1}
p h.keys[0].class == sub, h.keys[0].frozen?, h["abc"]
id = {}.compare_by_identity
m = "m"
id[m] = 1
p id.keys[0].equal?(m), id.keys[0].frozen?
d = "lit".dup
h = {d => 1}
p h.keys[0].equal?("lit".freeze), h.keys[0].equal?(d)
fz = "other".dup.freeze
h[fz] = 2
p h.keys[1].equal?(fz)
