i = 0
while i < 5
  i += 1
  next if i.even?
  p i
end
