i = 0
while i < 3
  p i
  i += 1
end
