def mixed(a, b = 2, *r, c, d:, e: 5, **kw, &blk) = [a, b, r, c, d, e, kw]

p mixed(1, 9, d: 4)
p mixed(1, 2, 3, 4, 5, d: 0, z: 1)
begin
  mixed(1, d: 1)
rescue ArgumentError => e
  puts e.message
end
begin
  mixed(1, 2)
rescue ArgumentError => e
  puts e.message
end
p method(:mixed).arity
