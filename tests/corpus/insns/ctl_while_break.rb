i = 0
while true
  i += 1
  break if i > 4
end
p i
