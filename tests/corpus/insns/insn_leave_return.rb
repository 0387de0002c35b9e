def id(x)
  return x
end
p id(3)
