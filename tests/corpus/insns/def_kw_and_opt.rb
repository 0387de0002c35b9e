def mixed(a, b = a * 2, c: b + 1)
  [a, b, c]
end
p mixed(1), mixed(1, 5, c: 0)
