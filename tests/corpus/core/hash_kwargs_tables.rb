# Keyword arguments are hashes too: order kept, unknown ones reported in order
def rest(**kw) = kw
def named(a:, b: 2, **kw) = [a, b, kw]
def plain(h) = h
p rest(z: 1, a: 2), rest(**{b: 1, a: 2}), rest
p named(a: 1), named(b: 3, a: 1, c: 4, d: 5)
p plain(a: 1, b: 2), plain({"s" => 1})
many = (1..12).to_h { [:"k#{_1}", _1] }
p rest(**many).size, rest(**many).keys.last, named(a: 0, **many).last.size
def strict(a:, b: 1) = [a, b]
begin
  strict(a: 1, c: 2, d: 3)
rescue ArgumentError => e
  p e.message
end
begin
  strict(b: 1)
rescue ArgumentError => e
  p e.message
end
h = {a: 1}
r = rest(**h)
r[:new] = 2
p h, r
opt = {}
p rest(**opt).equal?(opt), rest(**opt)
