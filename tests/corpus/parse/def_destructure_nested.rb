def pair((a, (b, c)), d)
  [a, b, c, d]
end
