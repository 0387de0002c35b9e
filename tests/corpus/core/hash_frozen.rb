h = {a: 1}.freeze
p h.frozen?, h.merge(b: 2), h.to_a
begin
  h[:b] = 2
rescue FrozenError => e
  p e.message
end
begin
  h.delete(:a)
rescue => e
  p e.class, e.message
end
k = "key"
hh = {k => 1}
p hh.keys.first.frozen?, k.frozen?, hh.keys.first.equal?(k)
