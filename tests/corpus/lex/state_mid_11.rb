loop do
  break -1
  break [2]
  next -3
  next :x
end
