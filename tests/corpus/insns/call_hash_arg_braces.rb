def take(h) = h
p take({ a: 1 })
p take("k" => 2)
