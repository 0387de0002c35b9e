i = 0
while i < 10
  i += 1
  p i if (i == 3)...(i == 3)
end
