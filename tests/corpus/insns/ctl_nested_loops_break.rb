i = 0
while i < 3
  j = 0
  while j < 3
    break if j == 1
    j += 1
  end
  i += 1
end
p [i, j]
