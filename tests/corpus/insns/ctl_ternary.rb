n = 3
p n.odd? ? "odd" : "even"
