e = [1, 2, 3].each
r = loop do
  p e.next
end
p r
i = 0
r = loop do
  i += 1
  break i * 10 if i > 3
end
p r
r = loop { raise StopIteration, "x" }
p r
