def f(a, b = a * 2, c = [a, b])
  c
end
