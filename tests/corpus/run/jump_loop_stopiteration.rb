enum = [1, 2, 3].each
out = []
r = loop do
  out << enum.next
end
p out
p r
count = 0
loop do
  count += 1
  next if count < 5
  break
end
p count
