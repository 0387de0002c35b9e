N = Struct.new(:val, :nxt)
n = N.new(1, nil)
n.nxt = n
p n
m = N.new("s", [1, 2])
p m, m.frozen?, m.freeze.frozen?
begin
  m.val = "t"
rescue FrozenError => e
  p e.class
end
