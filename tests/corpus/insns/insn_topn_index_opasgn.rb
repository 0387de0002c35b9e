h = { "k" => 1 }
key = "k"
h[key] *= 5
p h
