p [1, 2, 3].join, [1, 2, 3].join(", "), [1, [2, [3]]].join("-"), [1, nil, "a"].join("|"), [].join, [nil].join
p ["a", :b, 1.5, 2r].join(" "), [[]].join(","), [[1, 2], [3]].join(";")
$, = nil
p [1, 2].join, ["é", "日"].join("·")
a = [1]
a << a
begin
  a.join
rescue ArgumentError => e
  p e.message
end
