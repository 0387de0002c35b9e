for a, b in [[1, 2], [3, 4]]
  p a + b
end
