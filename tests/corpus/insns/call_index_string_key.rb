h = { "x" => 1 }
k = "x"
p h["x"], h[k], h.dig("x")
