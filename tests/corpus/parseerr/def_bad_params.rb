def f(a, , b)
  a + b
end
def g(x y)
  x
end
