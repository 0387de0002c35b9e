i = 0
while i < 10
  puts i if i % 3 == 0
  i += 1
end
10.times do |n|
  puts n
  break if n == 2
end
result = [1, 2, 3].each do |x|
  break x * 100 if x == 2
end
p result
