h = { a: 1 }
for k, v in h
  p [k, v]
end
