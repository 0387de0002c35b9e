def g(a, b = 2, c)
  a + b + c
end
