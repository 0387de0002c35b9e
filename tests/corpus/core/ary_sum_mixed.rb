p [1, 2r, 3.0].sum, [1, 2r].sum, [1r, 2i].sum, [0.1, 0.2, 0.3, 1].sum, [1, 0.1, 0.2].sum, [2**64, 0.5].sum
p ["a", "b"].sum(""), [[1], [2, 3]].sum([]), [1, 2].sum(0.0).class, [Float::INFINITY, 1].sum, [1, Float::NAN].sum.nan?
begin
  ["a", "b"].sum
rescue TypeError => e
  p e.message
end
