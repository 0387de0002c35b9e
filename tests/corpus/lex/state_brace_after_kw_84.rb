if x then {} end
while false do {} end
x = [1].map { {a: _1} }
