sum = 0
for i in 1..10
  next if i == 5
  break if i == 9
  sum += i
end
p sum
p i
for a, b in [[1, 2], [3, 4]]
  p a + b
end
r = for x in [] do end
p r
