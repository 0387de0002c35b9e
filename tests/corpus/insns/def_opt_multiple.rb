def span(a, b = 1, c = b + 1)
  [a, b, c]
end
p span(0)
