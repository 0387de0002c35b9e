def f(v)
  if v then 1 end
end
p f(false)
