i = 0
while i < 3
  [1].each { break }
  i += 1
end
p i
