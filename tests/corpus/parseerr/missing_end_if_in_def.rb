def f(a)
  if a
    1
  else
    2
end
