p require("set"), require("set")
s = Set.new([1, 2, 2, 3])
p s, s.size, s.include?(2), s | Set[4], s & Set[2, 3, 9], s.to_a, s.subset?(Set[1, 2, 3, 4]), s.frozen?
require "json"
p JSON.generate({"a" => [1, nil, true]}), JSON.parse('{"x": [1, 2.5, "s"]}'), [1, "two"].to_json
