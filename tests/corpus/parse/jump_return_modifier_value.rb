def f(x)
  return :neg, x if x < 0
end
