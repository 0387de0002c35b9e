p [[1, 2], [3, 4]].to_h, %w[a b].map.with_index.to_h, [1, 2].to_h { [_1, _1 * 2] }, [].to_h, [[1, 2], [1, 3]].to_h
p %w[x y z].each_with_index.to_h.invert, [[:a, 1]].to_h.to_a
begin
  [[1, 2, 3]].to_h
rescue ArgumentError => e
  p e.message
end
begin
  [1].to_h
rescue TypeError => e
  p e.message
end
