def mix(a, b = 2, *c, d)
  [a, b, c, d]
end
p mix(1, 9)
