a = [1, 2, 3]
while (x = a.shift) && x < 3
  p x
end
