p 1
p "str"
p :sym
p nil
p true, false
p [1, "a", :b, nil]
p({a: 1, "b" => 2})
p 1.5, -0.0
p
x = p
p x
