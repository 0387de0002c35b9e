p({:a => 1, "b" => 2, 3 => [4], nil => nil})
p({}, {1.5 => 2r, [1] => {x: :y}, :"odd key" => "v", true => false})
h = {b: 1, a: 2}
puts h, h.to_s
p h.inspect, {"é" => "日本"}, {a!: 1, "b?": 2, C: 3, _d: 4, :+ => 5, :"a=" => 6}
