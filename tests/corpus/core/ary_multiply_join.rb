p [1, 2] * 3, [1, 2] * ", ", [[1, 2], [3]] * ":", [] * 3, [] * ",", ["a"] * 0
begin
  [1] * -1
rescue ArgumentError => e
  p e.message
end
p ([0] * 3).map.with_index { _1 + _2 }, Array.new(3, "x").join, ["é"] * 2 * "-"
