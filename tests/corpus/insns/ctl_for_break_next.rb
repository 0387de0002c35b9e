for x in [1, 2, 3, 4]
  next if x == 2
  break if x == 4
  p x
end
